<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>StallLayouts</name>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/layouts.py" line="113"/>
        <source>This stall plan no longer exists.</source>
        <translation>Šis tirdzniecības vietu plāns vairs nepastāv.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/layouts.py" line="120"/>
        <source>This stall no longer exists.</source>
        <translation>Šī tirdzniecības vieta vairs nepastāv.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/layouts.py" line="127"/>
        <source>Give the stall a number, e.g. 12.</source>
        <translation>Piešķiriet tirdzniecības vietai numuru, piemēram, 12.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/layouts.py" line="129"/>
        <source>A stall&apos;s width and depth must be more than 0 m.</source>
        <translation>Tirdzniecības vietas platumam un dziļumam jābūt lielākam par 0 m.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/layouts.py" line="136"/>
        <source>Give the plan a name, e.g. Pilsētas laukums.</source>
        <translation>Piešķiriet plānam nosaukumu, piemēram, Pilsētas laukums.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/layouts.py" line="138"/>
        <location filename="../../../ngo_desktop/services/fairs/layouts.py" line="526"/>
        <source>The plan&apos;s size must be more than 0 m.</source>
        <translation>Plāna izmēram jābūt lielākam par 0 m.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/layouts.py" line="141"/>
        <location filename="../../../ngo_desktop/services/fairs/layouts.py" line="575"/>
        <source>A plan called “{name}” already exists. Choose another name.</source>
        <translation>Plāns ar nosaukumu „{name}” jau ir. Izvēlieties citu nosaukumu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/layouts.py" line="227"/>
        <source>There is no free {width} × {depth} m place left on the plan. Make the plan bigger or move stalls closer together.</source>
        <translation>Plānā vairs nav brīvas {width} × {depth} m vietas. Palieliniet plānu vai novietojiet vietas ciešāk kopā.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/layouts.py" line="316"/>
        <source>This plan already has a stall number {number}. Choose another number.</source>
        <translation>Šajā plānā jau ir tirdzniecības vieta ar numuru {number}. Izvēlieties citu numuru.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/layouts.py" line="352"/>
        <source>Stall {number} was changed at another desk meanwhile, so this step cannot be taken back. The plan shows the stall as it is now.</source>
        <translation>Vieta {number} pa to laiku tika mainīta citā darba vietā, tāpēc šo soli nevar atsaukt. Plānā vieta redzama tāda, kāda tā ir tagad.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/layouts.py" line="464"/>
        <source>This label no longer exists on the plan.</source>
        <translation>Šī uzraksta plānā vairs nav.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/layouts.py" line="466"/>
        <source>The label “{label}” was changed at another desk meanwhile, so this step cannot be taken back.</source>
        <translation>Uzraksts „{label}” pa to laiku tika mainīts citā darba vietā, tāpēc šo soli nevar atsaukt.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/layouts.py" line="509"/>
        <source>The label “{label}” is on the plan already.</source>
        <translation>Uzraksts „{label}” jau ir plānā.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/layouts.py" line="530"/>
        <source>The size of the plan “{name}” was changed at another desk meanwhile, so this step cannot be taken back.</source>
        <translation>Plāna „{name}” izmērs pa to laiku tika mainīts citā darba vietā, tāpēc šo soli nevar atsaukt.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/layouts.py" line="539"/>
        <source>“{name}” would lie beyond the edge of a {width} × {depth} m plan. Move it first or choose a bigger size.</source>
        <translation>„{name}” atrastos ārpus {width} × {depth} m plāna malas. Vispirms pārvietojiet to vai izvēlieties lielāku izmēru.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/layouts.py" line="571"/>
        <source>Give the copy a name.</source>
        <translation>Piešķiriet kopijai nosaukumu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/layouts.py" line="594"/>
        <source>copy of {name}</source>
        <translation>{name} kopija</translation>
    </message>
</context>
</TS>
