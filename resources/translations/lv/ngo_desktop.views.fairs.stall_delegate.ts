<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>VendorsPage</name>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/stall_delegate.py" line="28"/>
        <source>This fair has no stall plan yet. Draw it on the Plan tab.</source>
        <translation>Šim tirdziņam vēl nav tirdzniecības vietu plāna. Uzzīmējiet to cilnē „Tirdzniecības vietu plāns”.</translation>
    </message>
</context>
</TS>
