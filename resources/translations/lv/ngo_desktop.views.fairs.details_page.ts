<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/details_page.py" line="59"/>
        <source>Edit…</source>
        <translation>Labot…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/details_page.py" line="61"/>
        <source>Archive</source>
        <translation>Arhivēt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/details_page.py" line="75"/>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/details_page.py" line="86"/>
        <source>e.g. Concert</source>
        <translation>piemēram, Koncerts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/details_page.py" line="88"/>
        <source>Performer</source>
        <translation>Izpildītājs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/details_page.py" line="89"/>
        <source>Add</source>
        <translation>Pievienot</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/details_page.py" line="91"/>
        <source>Remove</source>
        <translation>Noņemt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/details_page.py" line="100"/>
        <source>Stall fees per day</source>
        <translation>Dalības maksa dienā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/details_page.py" line="116"/>
        <source>Stall size</source>
        <translation>Vietas izmērs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/details_page.py" line="119"/>
        <source>Fee (€)</source>
        <translation>Maksa (€)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/details_page.py" line="121"/>
        <source>Set fee</source>
        <translation>Noteikt maksu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/details_page.py" line="168"/>
        <source>Place: %1</source>
        <translation>Vieta: %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/details_page.py" line="169"/>
        <source>Open: %1–%2</source>
        <translation>Atvērts: %1–%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ngo_desktop/views/fairs/details_page.py" line="170"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n diena</numerusform>
            <numerusform>%n dienas</numerusform>
            <numerusform>%n dienu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/details_page.py" line="174"/>
        <source>Partners: %1</source>
        <translation>Partneri: %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/details_page.py" line="235"/>
        <source>Type the fee in euro, e.g. 10 or 7,50.</source>
        <translation>Ierakstiet maksu eiro, piemēram, 10 vai 7,50.</translation>
    </message>
</context>
</TS>
