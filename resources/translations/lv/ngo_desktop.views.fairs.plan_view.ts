<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_view.py" line="34"/>
        <source>Stall plan</source>
        <translation>Tirdzniecības vietu plāns</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_view.py" line="45"/>
        <source>No stall chosen</source>
        <translation>Nav izvēlēta neviena tirdzniecības vieta</translation>
    </message>
</context>
</TS>
