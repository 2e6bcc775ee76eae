<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>FairDialog</name>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="91"/>
        <source>Edit fair</source>
        <translation>Labot tirdziņu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="91"/>
        <source>New fair or market</source>
        <translation>Jauns tirdziņš</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="96"/>
        <source>e.g. Alūksnes vasaras tirdziņš</source>
        <translation>piemēram, Alūksnes vasaras tirdziņš</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="97"/>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="339"/>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="102"/>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="340"/>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="104"/>
        <source>At an address (below)</source>
        <translation>Adresē (zemāk)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="108"/>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="341"/>
        <source>Place</source>
        <translation>Norises vieta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="110"/>
        <source>e.g. Pilsētas laukums, Alūksne</source>
        <translation>piemēram, Pilsētas laukums, Alūksne</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="111"/>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="342"/>
        <source>Address</source>
        <translation>Adrese</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="119"/>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="343"/>
        <source>Opening hours</source>
        <translation>Darba laiks</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="121"/>
        <source>No plan yet</source>
        <translation>Plāna vēl nav</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="125"/>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="345"/>
        <source>Stall plan</source>
        <translation>Tirdzniecības vietu plāns</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="126"/>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="347"/>
        <source>Days</source>
        <translation>Dienas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="128"/>
        <source>A few lines for the flyer</source>
        <translation>Dažas rindas afišai</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="130"/>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="349"/>
        <source>Description</source>
        <translation>Apraksts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="131"/>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="350"/>
        <source>Partners</source>
        <translation>Partneri</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="160"/>
        <source>Add day</source>
        <translation>Pievienot dienu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="162"/>
        <source>Remove chosen day</source>
        <translation>Noņemt izvēlēto dienu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="176"/>
        <source>Add repeated days</source>
        <translation>Pievienot atkārtotās dienas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="178"/>
        <source>Every</source>
        <translation>Katru</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="180"/>
        <source>from</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="182"/>
        <source>until</source>
        <translation>līdz</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="236"/>
        <source>Find an organisation…</source>
        <translation>Meklēt organizāciju…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="244"/>
        <source>Partners (double-click to remove)</source>
        <translation>Partneri (dubultklikšķis – noņemt)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="325"/>
        <source>this fair</source>
        <translation>šo tirdziņu</translation>
    </message>
</context>
</TS>
