<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Reports</name>
    <message>
        <location filename="../../../ngo_desktop/services/reports/export.py" line="40"/>
        <source>{name}: a report is written as .pdf or .xlsx; give the file one of these endings.</source>
        <translation>{name}: pārskatu raksta .pdf vai .xlsx failā; dodiet failam vienu no šīm galotnēm.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/export.py" line="119"/>
        <source>Report</source>
        <translation>Pārskats</translation>
    </message>
</context>
</TS>
