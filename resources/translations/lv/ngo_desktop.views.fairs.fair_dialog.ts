<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>FairDialog</name>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="49"/>
        <source>Edit fair</source>
        <translation>Labot tirdziņu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="49"/>
        <source>New fair or market</source>
        <translation>Jauns tirdziņš</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="54"/>
        <source>e.g. Alūksnes vasaras tirdziņš</source>
        <translation>piemēram, Alūksnes vasaras tirdziņš</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="55"/>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="60"/>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="62"/>
        <source>At an address (below)</source>
        <translation>Adresē (zemāk)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="66"/>
        <source>Place</source>
        <translation>Norises vieta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="68"/>
        <source>e.g. Pilsētas laukums, Alūksne</source>
        <translation>piemēram, Pilsētas laukums, Alūksne</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="69"/>
        <source>Address</source>
        <translation>Adrese</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="79"/>
        <source>Opening hours</source>
        <translation>Darba laiks</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="81"/>
        <source>No plan yet</source>
        <translation>Plāna vēl nav</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="85"/>
        <source>Stall plan</source>
        <translation>Vietu plāns</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="86"/>
        <source>Days</source>
        <translation>Dienas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="88"/>
        <source>A few lines for the flyer</source>
        <translation>Dažas rindas afišai</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="90"/>
        <source>Description</source>
        <translation>Apraksts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="91"/>
        <source>Partners</source>
        <translation>Partneri</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="119"/>
        <source>Add day</source>
        <translation>Pievienot dienu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="121"/>
        <source>Remove chosen day</source>
        <translation>Noņemt izvēlēto dienu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="135"/>
        <source>Add repeated days</source>
        <translation>Pievienot atkārtotās dienas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="137"/>
        <source>Every</source>
        <translation>Katru</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="139"/>
        <source>from</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="141"/>
        <source>until</source>
        <translation>līdz</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="191"/>
        <source>Find an organisation…</source>
        <translation>Meklēt organizāciju…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="199"/>
        <source>Partners (double-click to remove)</source>
        <translation>Partneri (dubultklikšķis – noņemt)</translation>
    </message>
</context>
</TS>
