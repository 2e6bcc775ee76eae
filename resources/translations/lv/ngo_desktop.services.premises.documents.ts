<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>PremisesDocuments</name>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="49"/>
        <source>{amount} a month</source>
        <translation>{amount} mēnesī</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="50"/>
        <source>none</source>
        <translation>nav</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="68"/>
        <source>decision of {date}</source>
        <translation>{date} lēmums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="70"/>
        <source>decision No. {number} of {date}</source>
        <translation>{date} lēmums Nr. {number}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="72"/>
        <source>decision No. {number}</source>
        <translation>lēmums Nr. {number}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="87"/>
        <source>{month} {year}</source>
        <translation>{year}. gada {month}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="107"/>
        <source>(ended early on {date})</source>
        <translation>(izbeigts pirms termiņa {date})</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="113"/>
        <source>Rent</source>
        <translation>Nomas maksa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="114"/>
        <source>Utilities</source>
        <translation>Komunālie maksājumi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="116"/>
        <source>Rent reduction</source>
        <translation>Nomas maksas atlaide</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="118"/>
        <source>Utilities reduction</source>
        <translation>Komunālo maksājumu atlaide</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="120"/>
        <source>Amount due</source>
        <translation>Maksājamā summa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="161"/>
        <source>Tenancy agreement summary: {premises}, {tenant}</source>
        <translation>Nomas līguma kopsavilkums: {premises}, {tenant}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="179"/>
        <source>{amount} on {date}</source>
        <translation>{amount}, {date}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="187"/>
        <source>Monthly statement for {month}: {tenant}</source>
        <translation>Mēneša aprēķins par {month}: {tenant}</translation>
    </message>
</context>
</TS>
