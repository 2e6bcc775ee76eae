<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>StallPickerDelegate</name>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/stall_delegate.py" line="89"/>
        <source>Put %1 on stall %2</source>
        <translation>Novietot vietā %2 — %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/stall_delegate.py" line="90"/>
        <source>Take %1 off their stall</source>
        <translation>Noņemt no vietas — %1</translation>
    </message>
</context>
<context>
    <name>VendorsPage</name>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/stall_delegate.py" line="29"/>
        <source>This fair has no stall plan yet. Draw it on the Plan tab.</source>
        <translation>Šim tirdziņam vēl nav vietu plāna. Uzzīmējiet to cilnē „Vietu plāns”.</translation>
    </message>
</context>
</TS>
