<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Organisations</name>
    <message>
        <location filename="../../../ngo_desktop/services/organisations_privacy.py" line="35"/>
        <source>Forgotten person</source>
        <translation>Aizmirsta persona</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations_privacy.py" line="44"/>
        <location filename="../../../ngo_desktop/services/organisations_privacy.py" line="79"/>
        <source>This contact person no longer exists.</source>
        <translation>Šīs kontaktpersonas vairs nav.</translation>
    </message>
</context>
</TS>
