<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Statements</name>
    <message>
        <location filename="../../../ngo_desktop/services/premises/statements.py" line="115"/>
        <source>nothing due</source>
        <translation>nav maksājams</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/statements.py" line="117"/>
        <source>partly paid</source>
        <translation>daļēji samaksāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/statements.py" line="340"/>
        <location filename="../../../ngo_desktop/services/premises/statements.py" line="356"/>
        <source>This tenancy no longer exists.</source>
        <translation>Šis nomas līgums vairs nepastāv.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/statements.py" line="357"/>
        <source>The tenancy does not run in this month; choose a month within its term.</source>
        <translation>Šajā mēnesī nomas līgums nav spēkā; izvēlieties mēnesi tā termiņā.</translation>
    </message>
</context>
</TS>
