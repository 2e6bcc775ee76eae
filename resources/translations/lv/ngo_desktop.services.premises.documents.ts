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
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="63"/>
        <source>decision of {date}</source>
        <translation>{date} lēmums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="65"/>
        <source>decision No. {number} of {date}</source>
        <translation>{date} lēmums Nr. {number}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="67"/>
        <source>decision No. {number}</source>
        <translation>lēmums Nr. {number}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="82"/>
        <source>{month} {year}</source>
        <translation>{year}. gada {month}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="102"/>
        <source>(ended early on {date})</source>
        <translation>(izbeigts pirms termiņa {date})</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="108"/>
        <source>Rent</source>
        <translation>Nomas maksa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="109"/>
        <source>Utilities</source>
        <translation>Komunālie maksājumi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="111"/>
        <source>Rent reduction</source>
        <translation>Nomas maksas atlaide</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="113"/>
        <source>Utilities reduction</source>
        <translation>Komunālo maksājumu atlaide</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="115"/>
        <source>Amount due</source>
        <translation>Maksājamā summa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="156"/>
        <source>Tenancy agreement summary: {premises}, {tenant}</source>
        <translation>Nomas līguma kopsavilkums: {premises}, {tenant}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="174"/>
        <source>{amount} on {date}</source>
        <translation>{amount}, {date}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="182"/>
        <source>Monthly statement for {month}: {tenant}</source>
        <translation>Mēneša aprēķins par {month}: {tenant}</translation>
    </message>
</context>
</TS>
