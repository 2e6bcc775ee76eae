<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>FairRefusal</name>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/labels.py" line="11"/>
        <source>Not possible</source>
        <translation>Nav iespējams</translation>
    </message>
</context>
</TS>
