<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Printing</name>
    <message>
        <location filename="../../../ngo_desktop/services/printing.py" line="111"/>
        <source>“{text}” is not a week. Write it as year-Wnumber, e.g. 2026-W48.</source>
        <translation>„{text}” nav nedēļa. Rakstiet gads-Wnumurs, piem., 2026-W48.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing.py" line="150"/>
        <source>This document cannot be printed on {paper}; choose {choices}.</source>
        <translation>Šo dokumentu nevar drukāt uz {paper}; izvēlieties {choices}.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing.py" line="164"/>
        <source>There is no document called “{kind}”.</source>
        <translation>Nav dokumenta „{kind}”.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing.py" line="209"/>
        <source>That printed document is not in the register.</source>
        <translation>Šī izdrukātā dokumenta reģistrā nav.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing.py" line="213"/>
        <source>Documents of this kind are made in their own section.</source>
        <translation>Šāda veida dokumentus sagatavo to sadaļā.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing.py" line="227"/>
        <source>No site is called “{name}”. Give its number or exact name.</source>
        <translation>Nav filiāles ar nosaukumu „{name}”. Norādiet tās numuru vai precīzu nosaukumu.</translation>
    </message>
</context>
</TS>
