<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../../ngo_desktop/commands/printing.py" line="25"/>
        <source>not a date: {text} (write 05.03.2026)</source>
        <translation>nav datums: {text} (rakstiet 05.03.2026)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/printing.py" line="30"/>
        <source>where to write the PDF</source>
        <translation>kur saglabāt PDF</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/printing.py" line="32"/>
        <source>paper size (default: the one chosen in Settings)</source>
        <translation>papīra izmērs (pēc noklusējuma — iestatījumos izvēlētais)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/printing.py" line="34"/>
        <source>turn the page sideways</source>
        <translation>lapa ainavas orientācijā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/printing.py" line="40"/>
        <source>the day, e.g. 05.03.2026</source>
        <translation>diena, piem., 05.03.2026</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/printing.py" line="42"/>
        <source>the ISO week, e.g. 2026-W10</source>
        <translation>ISO nedēļa, piem., 2026-W10</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/printing.py" line="47"/>
        <source>the booking sheet of a booking or its series</source>
        <translation>rezervācijas lapa rezervācijai vai tās sērijai</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/printing.py" line="49"/>
        <source>the booking&apos;s number</source>
        <translation>rezervācijas numurs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/printing.py" line="52"/>
        <source>the sign for a room&apos;s door, for a day or a week</source>
        <translation>telpas durvju zīme dienai vai nedēļai</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/printing.py" line="53"/>
        <source>the room&apos;s number or name</source>
        <translation>telpas numurs vai nosaukums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/printing.py" line="57"/>
        <source>all rooms of a site for a week</source>
        <translation>visas filiāles telpas vienai nedēļai</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/printing.py" line="58"/>
        <source>the site&apos;s number or name</source>
        <translation>filiāles numurs vai nosaukums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/printing.py" line="62"/>
        <source>a poster of a fair</source>
        <translation>tirdziņa afiša</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/printing.py" line="63"/>
        <location filename="../../../ngo_desktop/commands/printing.py" line="72"/>
        <source>the fair&apos;s number or exact name</source>
        <translation>tirdziņa numurs vai precīzs nosaukums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/printing.py" line="64"/>
        <source>A5 for a small flyer</source>
        <translation>A5 – maza afiša</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/printing.py" line="68"/>
        <source>the stall plan and vendor list of a fair day</source>
        <translation>tirdziņa dienas tirdzniecības vietu plāns un tirgotāju saraksts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/printing.py" line="69"/>
        <source>the check-in sheet of a fair day</source>
        <translation>tirdziņa dienas reģistrācijas lapa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/printing.py" line="77"/>
        <source>the organisation directory by field of activity</source>
        <translation>organizāciju katalogs pa darbības jomām</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/printing.py" line="109"/>
        <source>{title} written to {path}</source>
        <translation>{title} saglabāts: {path}</translation>
    </message>
</context>
</TS>
