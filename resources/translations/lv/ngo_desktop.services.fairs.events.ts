<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Fairs</name>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/events.py" line="123"/>
        <source>The repeat rule cannot be read ({detail}). Choose the weekdays and dates again.</source>
        <translation>Atkārtošanās noteikumu nevar nolasīt ({detail}). Izvēlieties nedēļas dienas un datumus vēlreiz.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/events.py" line="130"/>
        <source>The repeat makes more than {count} days. Give an end date.</source>
        <translation>Atkārtojums veido vairāk nekā {count} dienas. Norādiet beigu datumu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/events.py" line="138"/>
        <source>Enter the fair&apos;s name, e.g. Alūksnes vasaras tirdziņš.</source>
        <translation>Ierakstiet tirdziņa nosaukumu, piemēram, Alūksnes vasaras tirdziņš.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/events.py" line="140"/>
        <source>The closing time must be after the opening time.</source>
        <translation>Slēgšanas laikam jābūt pēc atvēršanas laika.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/events.py" line="142"/>
        <source>Choose one of the centre&apos;s sites or type an address.</source>
        <translation>Izvēlieties kādu no centra filiālēm vai ierakstiet adresi.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/events.py" line="144"/>
        <source>Add at least one day, or a repeat that makes days.</source>
        <translation>Pievienojiet vismaz vienu dienu vai atkārtojumu, kas veido dienas.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/events.py" line="146"/>
        <source>A fair can have at most {count} days.</source>
        <translation>Tirdziņam var būt ne vairāk kā {count} dienas.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/events.py" line="153"/>
        <source>The chosen site no longer exists.</source>
        <translation>Izvēlētā filiāle vairs nepastāv.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/events.py" line="155"/>
        <location filename="../../../ngo_desktop/services/fairs/events.py" line="405"/>
        <source>The chosen stall plan no longer exists.</source>
        <translation>Izvēlētais tirdzniecības vietu plāns vairs nepastāv.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/events.py" line="224"/>
        <source>“{name}” was changed by someone else meanwhile. Close it, open it again and redo your change.</source>
        <translation>„{name}” pa to laiku mainīja kāds cits. Aizveriet to, atveriet no jauna un izdariet izmaiņas vēlreiz.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/events.py" line="248"/>
        <source>This fair no longer exists.</source>
        <translation>Šis tirdziņš vairs nepastāv.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/events.py" line="278"/>
        <source>No fair is called “{name}”. Give its number or exact name.</source>
        <translation>Nav tirdziņa ar nosaukumu „{name}”. Norādiet tā numuru vai precīzu nosaukumu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/events.py" line="280"/>
        <source>Several fairs are called “{name}”. Give the fair&apos;s number instead.</source>
        <translation>Vairākiem tirdziņiem ir nosaukums „{name}”. Norādiet tirdziņa numuru.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/events.py" line="321"/>
        <source>Enter what happens, e.g. a concert or a fashion show.</source>
        <translation>Ierakstiet, kas notiks, piemēram, koncerts vai modes skate.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/events.py" line="323"/>
        <source>The end time must be after the start time.</source>
        <translation>Beigu laikam jābūt pēc sākuma laika.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/events.py" line="329"/>
        <source>This fair day no longer exists.</source>
        <translation>Šī tirdziņa diena vairs nepastāv.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/events.py" line="344"/>
        <source>This programme item no longer exists.</source>
        <translation>Šis programmas punkts vairs nepastāv.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/events.py" line="364"/>
        <source>A price cannot be negative.</source>
        <translation>Cena nevar būt negatīva.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/events.py" line="366"/>
        <source>Give the stall size in metres, e.g. 3 × 3.</source>
        <translation>Norādiet tirdzniecības vietas izmēru metros, piemēram, 3 × 3.</translation>
    </message>
</context>
</TS>
