<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>PlanScene</name>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_scene.py" line="85"/>
        <source>taken</source>
        <translation>aizņemts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_scene.py" line="86"/>
        <location filename="../../../ngo_desktop/views/fairs/plan_scene.py" line="273"/>
        <source>free</source>
        <translation>brīvs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_scene.py" line="266"/>
        <source>power</source>
        <translation>elektrība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_scene.py" line="266"/>
        <source>table</source>
        <translation>galds</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_scene.py" line="267"/>
        <source>under cover</source>
        <translation>zem jumta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_scene.py" line="268"/>
        <source>Stall {number}: {width} × {depth} m</source>
        <translation>Vieta {number}: {width} × {depth} m</translation>
    </message>
</context>
</TS>
