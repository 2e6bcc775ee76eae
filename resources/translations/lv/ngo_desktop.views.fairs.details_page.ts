<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/details_page.py" line="60"/>
        <source>Edit…</source>
        <translation>Labot…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/details_page.py" line="62"/>
        <source>Archive</source>
        <translation>Arhivēt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/details_page.py" line="76"/>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/details_page.py" line="87"/>
        <source>e.g. Concert</source>
        <translation>piemēram, Koncerts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/details_page.py" line="89"/>
        <source>Performer</source>
        <translation>Izpildītājs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/details_page.py" line="90"/>
        <source>Add</source>
        <translation>Pievienot</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/details_page.py" line="92"/>
        <source>Remove</source>
        <translation>Noņemt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/details_page.py" line="101"/>
        <source>Stall fees per day</source>
        <translation>Vietas maksa dienā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/details_page.py" line="117"/>
        <source>Stall size</source>
        <translation>Tirdzniecības vietas izmērs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/details_page.py" line="120"/>
        <source>Fee (€)</source>
        <translation>Maksa (€)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/details_page.py" line="122"/>
        <source>Set fee</source>
        <translation>Noteikt maksu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/details_page.py" line="173"/>
        <source>Place: %1</source>
        <translation>Vieta: %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/details_page.py" line="174"/>
        <source>Open: %1–%2</source>
        <translation>Atvērts: %1–%2</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/details_page.py" line="179"/>
        <source>Partners: %1</source>
        <translation>Partneri: %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/details_page.py" line="240"/>
        <source>Type the fee in euro, e.g. 10 or 7,50.</source>
        <translation>Ierakstiet maksu eiro, piemēram, 10 vai 7,50.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ngo_desktop/views/fairs/details_page.py" line="175"/>
        <source>Days (%n)</source>
        <translation>
            <numerusform>Dienas (%n)</numerusform>
            <numerusform>Dienas (%n)</numerusform>
            <numerusform>Dienas (%n)</numerusform>
        </translation>
    </message>
</context>
</TS>
