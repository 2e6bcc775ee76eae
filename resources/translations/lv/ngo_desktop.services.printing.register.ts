<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Printing</name>
    <message>
        <location filename="../../../ngo_desktop/services/printing/register.py" line="60"/>
        <source>This document cannot be printed on {paper}; choose {choices}.</source>
        <translation>Šo dokumentu nevar drukāt uz {paper}; izvēlieties {choices}.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/register.py" line="73"/>
        <source>There is no document called “{kind}”.</source>
        <translation>Nav dokumenta „{kind}”.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/register.py" line="142"/>
        <source>That printed document is not in the register.</source>
        <translation>Šī izdrukātā dokumenta reģistrā nav.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/register.py" line="146"/>
        <source>Documents of this kind are made in their own section.</source>
        <translation>Šāda veida dokumentus sagatavo to sadaļā.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/register.py" line="160"/>
        <source>No site is called {name}. Give its exact name or ID.</source>
        <translation>Nav filiāles ar nosaukumu {name}. Norādiet filiāles precīzu nosaukumu vai ID.</translation>
    </message>
</context>
</TS>
