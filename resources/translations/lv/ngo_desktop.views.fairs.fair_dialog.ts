<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>FairDialog</name>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="53"/>
        <source>Edit fair</source>
        <translation>Labot tirdziņu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="53"/>
        <source>New fair or market</source>
        <translation>Jauns tirdziņš</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="58"/>
        <source>e.g. Alūksnes vasaras tirdziņš</source>
        <translation>piemēram, Alūksnes vasaras tirdziņš</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="59"/>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="279"/>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="64"/>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="280"/>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="66"/>
        <source>At an address (below)</source>
        <translation>Adresē (zemāk)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="70"/>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="281"/>
        <source>Place</source>
        <translation>Norises vieta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="72"/>
        <source>e.g. Pilsētas laukums, Alūksne</source>
        <translation>piemēram, Pilsētas laukums, Alūksne</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="73"/>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="282"/>
        <source>Address</source>
        <translation>Adrese</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="83"/>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="283"/>
        <source>Opening hours</source>
        <translation>Darba laiks</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="85"/>
        <source>No plan yet</source>
        <translation>Plāna vēl nav</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="89"/>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="285"/>
        <source>Stall plan</source>
        <translation>Vietu plāns</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="90"/>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="287"/>
        <source>Days</source>
        <translation>Dienas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="92"/>
        <source>A few lines for the flyer</source>
        <translation>Dažas rindas afišai</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="94"/>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="289"/>
        <source>Description</source>
        <translation>Apraksts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="95"/>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="290"/>
        <source>Partners</source>
        <translation>Partneri</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="123"/>
        <source>Add day</source>
        <translation>Pievienot dienu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="125"/>
        <source>Remove chosen day</source>
        <translation>Noņemt izvēlēto dienu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="139"/>
        <source>Add repeated days</source>
        <translation>Pievienot atkārtotās dienas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="141"/>
        <source>Every</source>
        <translation>Katru</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="143"/>
        <source>from</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="145"/>
        <source>until</source>
        <translation>līdz</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="195"/>
        <source>Find an organisation…</source>
        <translation>Meklēt organizāciju…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="203"/>
        <source>Partners (double-click to remove)</source>
        <translation>Partneri (dubultklikšķis – noņemt)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="265"/>
        <source>this fair</source>
        <translation>šo tirdziņu</translation>
    </message>
</context>
</TS>
