<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../../../ngo_desktop/services/audit_log.py" line="99"/>
        <source>This audit entry does not exist.</source>
        <translation>Šāda audita ieraksta nav.</translation>
    </message>
</context>
</TS>
