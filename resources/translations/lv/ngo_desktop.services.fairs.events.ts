<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Fairs</name>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/events.py" line="126"/>
        <source>The repeat rule cannot be read ({detail}). Choose the weekdays and dates again.</source>
        <translation>Atkārtošanās noteikumu nevar nolasīt ({detail}). Izvēlieties nedēļas dienas un datumus vēlreiz.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/events.py" line="133"/>
        <source>The repeat makes more than {count} days. Give an end date.</source>
        <translation>Atkārtojumā ir pārāk daudz dienu (vairāk nekā {count}). Norādiet beigu datumu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/events.py" line="141"/>
        <source>Enter the fair&apos;s name, e.g. Alūksnes vasaras tirdziņš.</source>
        <translation>Ierakstiet tirdziņa nosaukumu, piemēram, Alūksnes vasaras tirdziņš.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/events.py" line="143"/>
        <source>The closing time must be after the opening time.</source>
        <translation>Slēgšanas laikam jābūt pēc atvēršanas laika.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/events.py" line="145"/>
        <source>Choose one of the centre&apos;s sites or type an address.</source>
        <translation>Izvēlieties kādu no centra filiālēm vai ierakstiet adresi.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/events.py" line="147"/>
        <source>Add at least one day, or a repeat that makes days.</source>
        <translation>Pievienojiet vismaz vienu dienu vai atkārtojumu, kas veido dienas.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/events.py" line="149"/>
        <source>A fair can have at most {count} days.</source>
        <translation>Tirdziņa dienu skaits nevar pārsniegt {count}.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/events.py" line="156"/>
        <source>The chosen site no longer exists.</source>
        <translation>Izvēlētā filiāle vairs nepastāv.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/events.py" line="158"/>
        <location filename="../../../ngo_desktop/services/fairs/events.py" line="418"/>
        <source>The chosen stall plan no longer exists.</source>
        <translation>Izvēlētais tirdzniecības vietu plāns vairs nepastāv.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/events.py" line="227"/>
        <source>“{name}” was changed by someone else meanwhile. Close it, open it again and redo your change.</source>
        <translation>„{name}” pa to laiku mainīja kāds cits. Aizveriet to, atveriet no jauna un izdariet izmaiņas vēlreiz.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/events.py" line="251"/>
        <location filename="../../../ngo_desktop/services/fairs/events.py" line="298"/>
        <source>This fair no longer exists.</source>
        <translation>Šis tirdziņš vairs nepastāv.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/events.py" line="334"/>
        <source>Enter what happens, e.g. a concert or a fashion show.</source>
        <translation>Ierakstiet, kas notiks, piemēram, koncerts vai modes skate.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/events.py" line="336"/>
        <source>The end time must be after the start time.</source>
        <translation>Beigu laikam jābūt pēc sākuma laika.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/events.py" line="342"/>
        <source>This fair day no longer exists.</source>
        <translation>Šī tirdziņa diena vairs nepastāv.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/events.py" line="357"/>
        <source>This programme item no longer exists.</source>
        <translation>Šis programmas punkts vairs nepastāv.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/events.py" line="377"/>
        <source>A price cannot be negative.</source>
        <translation>Cena nevar būt negatīva.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/events.py" line="379"/>
        <source>Give the stall size in metres, e.g. 3 × 3.</source>
        <translation>Norādiet tirdzniecības vietas izmēru metros, piemēram, 3 × 3.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/events.py" line="285"/>
        <source>No fair is called {name}. Give its exact name or ID.</source>
        <translation>Nav tirdziņa ar nosaukumu {name}. Norādiet tirdziņa precīzu nosaukumu vai ID.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/events.py" line="287"/>
        <source>Several fairs are called {name}. Give the fair&apos;s ID instead.</source>
        <translation>Ir vairāki tirdziņi ar nosaukumu {name}. Norādiet tirdziņa ID.</translation>
    </message>
</context>
</TS>
