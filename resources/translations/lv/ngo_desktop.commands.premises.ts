<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../../ngo_desktop/commands/premises.py" line="15"/>
        <source>every pop-up tenancy as a CSV or XLSX file</source>
        <translation>visi pop-up telpu īres līgumi CSV vai XLSX failā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/premises.py" line="16"/>
        <location filename="../../../ngo_desktop/commands/premises.py" line="21"/>
        <source>a file ending in .csv or .xlsx</source>
        <translation>fails ar paplašinājumu .csv vai .xlsx</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/premises.py" line="20"/>
        <source>the municipality&apos;s support to pop-up tenants per month</source>
        <translation>pašvaldības atbalsts pop-up telpu īrniekiem pa mēnešiem</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/premises.py" line="23"/>
        <source>the year to report (default: this year)</source>
        <translation>pārskata gads (pēc noklusējuma — šis gads)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/premises.py" line="27"/>
        <source>pop-up terms ending soon and unpaid months</source>
        <translation>drīz beidzamie pop-up īres termiņi un neapmaksātie mēneši</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/premises.py" line="29"/>
        <source>the day to look from (default: today)</source>
        <translation>diena, no kuras skatīties (pēc noklusējuma — šodiena)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/premises.py" line="33"/>
        <source>a pop-up tenancy agreement summary as PDF</source>
        <translation>pop-up telpas īres līguma kopsavilkums PDF formātā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/premises.py" line="39"/>
        <source>a pop-up tenant&apos;s monthly statement as PDF</source>
        <translation>pop-up telpas īrnieka mēneša aprēķins PDF formātā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/premises.py" line="50"/>
        <source>{count} tenancies written to {file}</source>
        <translation>{count} īres līgumi ierakstīti failā {file}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/premises.py" line="59"/>
        <source>Support given in {year}: {total}, written to {file}</source>
        <translation>Sniegtais atbalsts {year}. gadā: {total}, ierakstīts failā {file}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/premises.py" line="71"/>
        <source>Nothing to remind: no term ends within 30 days and every month is paid.</source>
        <translation>Nav par ko atgādināt: neviens termiņš nebeidzas 30 dienās, un visi mēneši ir apmaksāti.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/premises.py" line="74"/>
        <source>Term ends {date}: {tenant}, {premises}</source>
        <translation>Termiņš beidzas {date}: {tenant}, {premises}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/premises.py" line="77"/>
        <source>Unpaid {month}: {tenant}, {premises}, {amount} outstanding</source>
        <translation>Neapmaksāts {month}: {tenant}, {premises}, parāds {amount}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/premises.py" line="89"/>
        <source>The file {file} could not be written ({reason}).</source>
        <translation>Failu {file} neizdevās ierakstīt ({reason}).</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/premises.py" line="97"/>
        <location filename="../../../ngo_desktop/commands/premises.py" line="111"/>
        <source>Written to {file}</source>
        <translation>Ierakstīts failā {file}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/premises.py" line="108"/>
        <source>Give the month as YYYY-MM, e.g. 2026-03.</source>
        <translation>Norādiet mēnesi formā GGGG-MM, piem., 2026-03.</translation>
    </message>
</context>
</TS>
