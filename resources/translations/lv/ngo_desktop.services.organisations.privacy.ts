<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Organisations</name>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/privacy.py" line="40"/>
        <source>Forgotten person</source>
        <translation>Aizmirsta persona</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/privacy.py" line="49"/>
        <location filename="../../../ngo_desktop/services/organisations/privacy.py" line="130"/>
        <source>This contact person no longer exists.</source>
        <translation>Šīs kontaktpersonas vairs nav.</translation>
    </message>
</context>
</TS>
