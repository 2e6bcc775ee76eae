<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>StallLayouts</name>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/layouts.py" line="104"/>
        <source>This stall plan no longer exists.</source>
        <translation>Šis tirdzniecības vietu plāns vairs nepastāv.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/layouts.py" line="111"/>
        <source>This stall no longer exists.</source>
        <translation>Šī tirdzniecības vieta vairs nepastāv.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/layouts.py" line="118"/>
        <source>Give the stall a number, e.g. 12.</source>
        <translation>Piešķiriet tirdzniecības vietai numuru, piemēram, 12.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/layouts.py" line="120"/>
        <source>A stall&apos;s width and depth must be more than 0 m.</source>
        <translation>Tirdzniecības vietas platumam un dziļumam jābūt lielākam par 0 m.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/layouts.py" line="127"/>
        <source>Give the plan a name, e.g. Pilsētas laukums.</source>
        <translation>Piešķiriet plānam nosaukumu, piemēram, Pilsētas laukums.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/layouts.py" line="129"/>
        <source>The plan&apos;s size must be more than 0 m.</source>
        <translation>Plāna izmēram jābūt lielākam par 0 m.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/layouts.py" line="132"/>
        <location filename="../../../ngo_desktop/services/fairs/layouts.py" line="304"/>
        <source>A plan called “{name}” already exists. Choose another name.</source>
        <translation>Plāns ar nosaukumu „{name}” jau ir. Izvēlieties citu nosaukumu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/layouts.py" line="196"/>
        <source>This plan already has a stall number {number}. Choose another number.</source>
        <translation>Šajā plānā jau ir tirdzniecības vieta ar numuru {number}. Izvēlieties citu numuru.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/layouts.py" line="272"/>
        <location filename="../../../ngo_desktop/services/fairs/layouts.py" line="290"/>
        <source>This label no longer exists on the plan.</source>
        <translation>Šī uzraksta plānā vairs nav.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/layouts.py" line="300"/>
        <source>Give the copy a name.</source>
        <translation>Piešķiriet kopijai nosaukumu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/layouts.py" line="323"/>
        <source>copy of {name}</source>
        <translation>{name} kopija</translation>
    </message>
</context>
</TS>
