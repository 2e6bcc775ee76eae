<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>PremisesDocuments</name>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="47"/>
        <source>{amount} a month</source>
        <translation>{amount} mēnesī</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="48"/>
        <source>none</source>
        <translation>nav</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="67"/>
        <source>decision of {date}</source>
        <translation>{date} lēmums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="73"/>
        <source>(ended early on {date})</source>
        <translation>(izbeigts pirms termiņa {date})</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="80"/>
        <source>by day {day} of each month</source>
        <translation>līdz katra mēneša {day}. datumam</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="84"/>
        <source>Rent</source>
        <translation>Nomas maksa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="85"/>
        <source>Utilities</source>
        <translation>Komunālie maksājumi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="87"/>
        <source>Rent reduction</source>
        <translation>Nomas maksas atlaide</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="89"/>
        <source>Utilities reduction</source>
        <translation>Komunālo maksājumu atlaide</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="91"/>
        <source>Amount due</source>
        <translation>Maksājamā summa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="132"/>
        <source>Tenancy agreement summary: {premises}, {tenant}</source>
        <translation>Nomas līguma kopsavilkums: {premises}, {tenant}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="150"/>
        <source>{amount} on {date}</source>
        <translation>{amount}, {date}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="158"/>
        <source>Monthly statement for {month}: {tenant}</source>
        <translation>Mēneša aprēķins par {month}: {tenant}</translation>
    </message>
</context>
</TS>
