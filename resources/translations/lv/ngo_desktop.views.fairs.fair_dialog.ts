<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>FairDialog</name>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="90"/>
        <source>Edit fair</source>
        <translation>Labot tirdziņu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="90"/>
        <source>New fair or market</source>
        <translation>Jauns tirdziņš</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="95"/>
        <source>e.g. Alūksnes vasaras tirdziņš</source>
        <translation>piemēram, Alūksnes vasaras tirdziņš</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="96"/>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="334"/>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="101"/>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="335"/>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="103"/>
        <source>At an address (below)</source>
        <translation>Adresē (zemāk)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="107"/>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="336"/>
        <source>Place</source>
        <translation>Norises vieta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="109"/>
        <source>e.g. Pilsētas laukums, Alūksne</source>
        <translation>piemēram, Pilsētas laukums, Alūksne</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="110"/>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="337"/>
        <source>Address</source>
        <translation>Adrese</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="118"/>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="338"/>
        <source>Opening hours</source>
        <translation>Darba laiks</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="120"/>
        <source>No plan yet</source>
        <translation>Plāna vēl nav</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="124"/>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="340"/>
        <source>Stall plan</source>
        <translation>Vietu plāns</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="125"/>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="342"/>
        <source>Days</source>
        <translation>Dienas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="127"/>
        <source>A few lines for the flyer</source>
        <translation>Dažas rindas afišai</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="129"/>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="344"/>
        <source>Description</source>
        <translation>Apraksts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="130"/>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="345"/>
        <source>Partners</source>
        <translation>Partneri</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="159"/>
        <source>Add day</source>
        <translation>Pievienot dienu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="161"/>
        <source>Remove chosen day</source>
        <translation>Noņemt izvēlēto dienu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="175"/>
        <source>Add repeated days</source>
        <translation>Pievienot atkārtotās dienas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="177"/>
        <source>Every</source>
        <translation>Katru</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="179"/>
        <source>from</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="181"/>
        <source>until</source>
        <translation>līdz</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="235"/>
        <source>Find an organisation…</source>
        <translation>Meklēt organizāciju…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="243"/>
        <source>Partners (double-click to remove)</source>
        <translation>Partneri (dubultklikšķis – noņemt)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/fair_dialog.py" line="320"/>
        <source>this fair</source>
        <translation>šo tirdziņu</translation>
    </message>
</context>
</TS>
