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
        <source>No. {number} of {date}</source>
        <translation>Nr. {number}, {date}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="65"/>
        <source>No. {number}</source>
        <translation>Nr. {number}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="73"/>
        <source>{month} {year}</source>
        <translation>{year}. gada {month}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="79"/>
        <source>(ended early on {date})</source>
        <translation>(izbeigts pirms termiņa {date})</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="85"/>
        <source>Rent</source>
        <translation>Īres maksa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="86"/>
        <source>Utilities</source>
        <translation>Komunālie maksājumi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="88"/>
        <source>Rent reduction</source>
        <translation>Īres maksas atlaide</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="90"/>
        <source>Utilities reduction</source>
        <translation>Komunālo maksājumu atlaide</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="92"/>
        <source>Amount due</source>
        <translation>Maksājamā summa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/documents.py" line="150"/>
        <source>{amount} on {date}</source>
        <translation>{amount}, {date}</translation>
    </message>
</context>
</TS>
