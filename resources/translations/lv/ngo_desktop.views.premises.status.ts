<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>PremisesStatusLabel</name>
    <message>
        <location filename="../../../ngo_desktop/views/premises/status.py" line="30"/>
        <source>Open Pop-up premises to see the tenants concerned</source>
        <translation>Atveriet sadaļu „Pop-up telpas”, lai redzētu attiecīgos nomniekus</translation>
    </message>
</context>
</TS>
