<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>PlanSizeDialog</name>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_size_dialog.py" line="45"/>
        <source>Width</source>
        <translation>Platums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_size_dialog.py" line="46"/>
        <source>Depth</source>
        <translation>Dziļums</translation>
    </message>
</context>
</TS>
