<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>PremisesDocuments</name>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="48"/>
        <source>{amount} a month</source>
        <translation>{amount} mēnesī</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="49"/>
        <source>none</source>
        <translation>nav</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="68"/>
        <source>decision of {date}</source>
        <translation>{date} lēmums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="74"/>
        <source>(ended early on {date})</source>
        <translation>(izbeigts pirms termiņa {date})</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="80"/>
        <source>Rent</source>
        <translation>Nomas maksa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="81"/>
        <source>Utilities</source>
        <translation>Komunālie maksājumi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="83"/>
        <source>Rent reduction</source>
        <translation>Nomas maksas atlaide</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="85"/>
        <source>Utilities reduction</source>
        <translation>Komunālo maksājumu atlaide</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="87"/>
        <source>Amount due</source>
        <translation>Maksājamā summa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="128"/>
        <source>Tenancy agreement summary: {premises}, {tenant}</source>
        <translation>Nomas līguma kopsavilkums: {premises}, {tenant}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="146"/>
        <source>{amount} on {date}</source>
        <translation>{amount}, {date}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="154"/>
        <source>Monthly statement for {month}: {tenant}</source>
        <translation>Mēneša aprēķins par {month}: {tenant}</translation>
    </message>
</context>
</TS>
