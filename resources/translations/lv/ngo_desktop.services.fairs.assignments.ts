<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Fairs</name>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/assignments.py" line="193"/>
        <source>This fair no longer exists.</source>
        <translation>Šis tirdziņš vairs nepastāv.</translation>
    </message>
</context>
<context>
    <name>StallAssignments</name>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/assignments.py" line="66"/>
        <source>{vendor} is not accepted for this day yet. Accept the application first.</source>
        <translation>Tirgotājs {vendor} šai dienai vēl nav apstiprināts. Vispirms apstipriniet pieteikumu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/assignments.py" line="71"/>
        <source>Stall {number} is not on this fair&apos;s plan.</source>
        <translation>Tirdzniecības vieta {number} nav šī tirdziņa plānā.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/assignments.py" line="76"/>
        <source>Stall {number} is already taken on {day} by {vendor}. Choose a free stall or move that vendor first.</source>
        <translation>Tirdzniecības vieta {number} {day} jau ir aizņemta (tirgotājs {vendor}). Izvēlieties brīvu tirdzniecības vietu vai vispirms pārvietojiet šo tirgotāju.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/assignments.py" line="82"/>
        <source>{vendor} needs electricity, but stall {number} has no power. Choose a stall with power.</source>
        <translation>Tirgotājam {vendor} vajadzīga elektrība, bet tirdzniecības vietai {number} nav pieslēguma. Izvēlieties tirdzniecības vietu ar elektrību.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/assignments.py" line="110"/>
        <source>The vendor or the stall no longer exists.</source>
        <translation>Tirgotājs vai tirdzniecības vieta vairs nepastāv.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/assignments.py" line="123"/>
        <source>The vendor no longer exists.</source>
        <translation>Tirgotājs vairs nepastāv.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/assignments.py" line="231"/>
        <source>{vendor}: the plan has no stall {number}.</source>
        <translation>{vendor}: plānā nav tirdzniecības vietas {number}.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/assignments.py" line="241"/>
        <source>copied</source>
        <translation>nokopēts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/assignments.py" line="263"/>
        <source>That fair day no longer exists.</source>
        <translation>Šī tirdziņa diena vairs nepastāv.</translation>
    </message>
</context>
</TS>
