<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>PremisesDocuments</name>
    <message>
        <location filename="../../../ngo_desktop/services/premises_documents.py" line="46"/>
        <source>{amount} a month</source>
        <translation>{amount} mēnesī</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises_documents.py" line="47"/>
        <source>none</source>
        <translation>nav</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises_documents.py" line="52"/>
        <source>No. {number} of {date}</source>
        <translation>Nr. {number}, {date}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises_documents.py" line="60"/>
        <source>(ended early on {date})</source>
        <translation>(izbeigts pirms termiņa {date})</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises_documents.py" line="66"/>
        <source>Rent</source>
        <translation>Īres maksa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises_documents.py" line="67"/>
        <source>Utilities</source>
        <translation>Komunālie maksājumi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises_documents.py" line="69"/>
        <source>Rent reduction</source>
        <translation>Īres maksas atlaide</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises_documents.py" line="71"/>
        <source>Utilities reduction</source>
        <translation>Komunālo maksājumu atlaide</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises_documents.py" line="73"/>
        <source>Amount due</source>
        <translation>Maksājamā summa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises_documents.py" line="131"/>
        <source>{amount} on {date}</source>
        <translation>{amount}, {date}</translation>
    </message>
</context>
</TS>
