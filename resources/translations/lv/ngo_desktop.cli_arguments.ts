<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../../ngo_desktop/cli_arguments.py" line="29"/>
        <source>replace the output file if it exists (never a database)</source>
        <translation>aizstāt izvades failu, ja tas jau ir (nekad ne datubāzi)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli_arguments.py" line="34"/>
        <source>{text}: the year must be from {first} to {last}</source>
        <translation>{text}: gadam jābūt no {first} līdz {last}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli_arguments.py" line="44"/>
        <source>not a date: {text} (write 2026-03-05)</source>
        <translation>nav datums: {text} (rakstiet 2026-03-05)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli_arguments.py" line="55"/>
        <source>not a date and time: {text} (write 2026-03-05 18:00)</source>
        <translation>nav datums un laiks: {text} (rakstiet 2026-03-05 18:00)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli_arguments.py" line="66"/>
        <source>not a month: {text} (write 2026-03)</source>
        <translation>nav mēnesis: {text} (rakstiet 2026-03)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli_arguments.py" line="79"/>
        <source>not a whole number: {text}</source>
        <translation>nav vesels skaitlis: {text}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli_arguments.py" line="82"/>
        <source>{text} is out of range: give a number from {lowest} to {highest}</source>
        <translation>{text} ir ārpus pieļaujamā: norādiet skaitli no {lowest} līdz {highest}</translation>
    </message>
</context>
</TS>
