<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../../ngo_desktop/commands/printing.py" line="22"/>
        <source>where to write the PDF</source>
        <translation>kur saglabāt PDF</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/printing.py" line="24"/>
        <source>paper size (default: the one chosen in Settings)</source>
        <translation>papīra izmērs (pēc noklusējuma — iestatījumos izvēlētais)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/printing.py" line="26"/>
        <source>turn the page sideways</source>
        <translation>drukāt lapu ainavas orientācijā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/printing.py" line="36"/>
        <source>the ISO week, e.g. 2026-W10</source>
        <translation>ISO nedēļa, piemēram, 2026-W10</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/printing.py" line="45"/>
        <source>the booking sheet of a booking or its series</source>
        <translation>rezervācijas lapa rezervācijai vai tās sērijai</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/printing.py" line="50"/>
        <source>the sign for a room&apos;s door, for a day or a week</source>
        <translation>telpas durvju zīme dienai vai nedēļai</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/printing.py" line="56"/>
        <source>all rooms of a site for a week</source>
        <translation>filiāles visu telpu nedēļas grafiks</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/printing.py" line="62"/>
        <source>a poster of a fair</source>
        <translation>tirdziņa afiša</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/printing.py" line="21"/>
        <source>FILE.pdf</source>
        <translation>FAILS.pdf</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/printing.py" line="33"/>
        <source>the day, e.g. 05.03.2026 (default: today)</source>
        <translation>diena, piemēram, 05.03.2026 (pēc noklusējuma — šodiena)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/printing.py" line="35"/>
        <source>YYYY-Www</source>
        <translation>GGGG-Wnn</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/printing.py" line="47"/>
        <source>the booking&apos;s ID</source>
        <translation>rezervācijas ID</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/printing.py" line="51"/>
        <source>ROOM</source>
        <translation>TELPA</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/printing.py" line="52"/>
        <source>the room&apos;s name or ID</source>
        <translation>telpas nosaukums vai ID</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/printing.py" line="57"/>
        <source>SITE</source>
        <translation>FILIĀLE</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/printing.py" line="58"/>
        <source>the site&apos;s name or ID</source>
        <translation>filiāles nosaukums vai ID</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/printing.py" line="63"/>
        <location filename="../../../ngo_desktop/commands/printing.py" line="72"/>
        <source>FAIR</source>
        <translation>TIRDZIŅŠ</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/printing.py" line="64"/>
        <location filename="../../../ngo_desktop/commands/printing.py" line="73"/>
        <source>the fair&apos;s exact name or ID</source>
        <translation>tirdziņa precīzs nosaukums vai ID</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/printing.py" line="65"/>
        <source>A5 for a small flyer</source>
        <translation>A5 — maza afiša</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/printing.py" line="69"/>
        <source>the stall plan and vendor list of a fair day</source>
        <translation>tirdziņa dienas tirdzniecības vietu plāns un tirgotāju saraksts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/printing.py" line="70"/>
        <source>the check-in sheet of a fair day</source>
        <translation>tirdziņa dienas reģistrācijas lapa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/printing.py" line="78"/>
        <source>the organisation directory by field of activity</source>
        <translation>organizāciju katalogs pa darbības jomām</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/printing.py" line="110"/>
        <source>Written to {path}: {title}</source>
        <translation>Ierakstīts failā {path}: {title}</translation>
    </message>
</context>
</TS>
