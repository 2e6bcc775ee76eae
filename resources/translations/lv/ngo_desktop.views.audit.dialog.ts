<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../../ngo_desktop/views/audit/dialog.py" line="46"/>
        <source>Audit log</source>
        <translation>Audita žurnāls</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/dialog.py" line="51"/>
        <source>Everyone</source>
        <translation>Visi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/dialog.py" line="53"/>
        <source>Any organisation</source>
        <translation>Jebkura organizācija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/dialog.py" line="56"/>
        <source>Any room</source>
        <translation>Jebkura telpa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/dialog.py" line="59"/>
        <source>From</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/dialog.py" line="59"/>
        <source>to</source>
        <translation>līdz</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/dialog.py" line="60"/>
        <source>Who</source>
        <translation>Kas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/dialog.py" line="60"/>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/dialog.py" line="61"/>
        <source>Room</source>
        <translation>Telpa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/dialog.py" line="88"/>
        <source>Field</source>
        <translation>Lauks</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/dialog.py" line="88"/>
        <source>Before</source>
        <translation>Pirms</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/dialog.py" line="88"/>
        <source>After</source>
        <translation>Pēc</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/dialog.py" line="129"/>
        <source>any day</source>
        <translation>jebkura diena</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ngo_desktop/views/audit/dialog.py" line="146"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n izmaiņa</numerusform>
            <numerusform>%n izmaiņas</numerusform>
            <numerusform>%n izmaiņu</numerusform>
        </translation>
    </message>
</context>
</TS>
