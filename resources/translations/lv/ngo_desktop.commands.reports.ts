<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../../ngo_desktop/commands/reports.py" line="25"/>
        <source>a report for the board or the municipality as PDF or XLSX</source>
        <translation>pārskats valdei vai pašvaldībai kā PDF vai XLSX</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/reports.py" line="27"/>
        <source>which report: room-use (the rooms&apos; use), support (support in kind), fairs, membership</source>
        <translation>kurš pārskats: room-use (telpu noslodze), support (atbalsts natūrā), fairs (tirdziņi), membership (biedri)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/reports.py" line="29"/>
        <source>the year to report (default: this year)</source>
        <translation>pārskata gads (pēc noklusējuma — šis gads)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/reports.py" line="29"/>
        <source>YEAR</source>
        <translation>GADS</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/reports.py" line="32"/>
        <source>only this quarter of the year</source>
        <translation>tikai šis gada ceturksnis</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/reports.py" line="34"/>
        <source>only this month of the year</source>
        <translation>tikai šis gada mēnesis</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/reports.py" line="36"/>
        <source>the first day of the period (with --to)</source>
        <translation>perioda pirmā diena (kopā ar --to)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/reports.py" line="38"/>
        <source>the last day of the period (with --from)</source>
        <translation>perioda pēdējā diena (kopā ar --from)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/reports.py" line="39"/>
        <source>SITE</source>
        <translation>FILIĀLE</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/reports.py" line="40"/>
        <source>only this site (its name or ID)</source>
        <translation>tikai šī filiāle (tās nosaukums vai ID)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/reports.py" line="41"/>
        <source>KIND</source>
        <translation>VEIDS</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/reports.py" line="76"/>
        <source>“{kind}” is not a kind of organisation: give ngo, entrepreneur, municipal or other</source>
        <translation>„{kind}” nav organizācijas veids: norādiet ngo (NVO), entrepreneur (uzņēmējs), municipal (pašvaldības iestāde) vai other (cits)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/reports.py" line="42"/>
        <source>only organisations of this kind: ngo, entrepreneur, municipal or other</source>
        <translation>tikai šī veida organizācijas: ngo (NVO), entrepreneur (uzņēmējs), municipal (pašvaldība) vai other (cits)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/reports.py" line="44"/>
        <source>FILE</source>
        <translation>FAILS</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/reports.py" line="45"/>
        <source>a file ending in .pdf or .xlsx</source>
        <translation>fails ar paplašinājumu .pdf vai .xlsx</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/reports.py" line="55"/>
        <source>give both --from and --to, or neither</source>
        <translation>norādiet gan --from, gan --to vai nevienu no tiem</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/reports.py" line="58"/>
        <source>--to is before --from: give the period&apos;s first day first</source>
        <translation>--to ir pirms --from: vispirms norādiet perioda pirmo dienu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/reports.py" line="101"/>
        <source>{title}, {period}: written to {file}</source>
        <translation>{title}, {period}: ierakstīts failā {file}</translation>
    </message>
</context>
</TS>
