<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../../ngo_desktop/cli_arguments.py" line="38"/>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.GGGG</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli_arguments.py" line="42"/>
        <source>DD.MM.YYYY hh:mm</source>
        <translation>DD.MM.GGGG hh:mm</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli_arguments.py" line="46"/>
        <source>MM.YYYY</source>
        <translation>MM.GGGG</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli_arguments.py" line="57"/>
        <source>replace the output file if it exists (never a database)</source>
        <translation>aizstāt izvades failu, ja tas jau ir (nekad ne datubāzi)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli_arguments.py" line="62"/>
        <source>“{text}”: the year must be from {first} to {last}</source>
        <translation>„{text}”: gadam jābūt no {first} līdz {last}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli_arguments.py" line="82"/>
        <source>“{text}” is not a date: write it as 05.03.2026</source>
        <translation>„{text}” nav datums: rakstiet, piemēram, 05.03.2026</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli_arguments.py" line="92"/>
        <source>“{text}” is not a date and time: write it as &quot;05.03.2026 18:00&quot;</source>
        <translation>„{text}” nav datums un laiks: rakstiet, piemēram, &quot;05.03.2026 18:00&quot;</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli_arguments.py" line="102"/>
        <source>“{text}” is not a month: write it as 03.2026</source>
        <translation>„{text}” nav mēnesis: rakstiet, piemēram, 03.2026</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli_arguments.py" line="115"/>
        <source>“{text}” is not a whole number</source>
        <translation>„{text}” nav vesels skaitlis</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli_arguments.py" line="118"/>
        <source>{text} is out of range: give a number from {lowest} to {highest}</source>
        <translation>{text} ir ārpus pieļaujamā: norādiet skaitli no {lowest} līdz {highest}</translation>
    </message>
</context>
</TS>
