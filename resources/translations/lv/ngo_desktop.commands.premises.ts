<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../../ngo_desktop/commands/premises.py" line="16"/>
        <source>every pop-up tenancy as a CSV or XLSX file</source>
        <translation>visi pop-up telpu īres līgumi CSV vai XLSX failā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/premises.py" line="17"/>
        <location filename="../../../ngo_desktop/commands/premises.py" line="23"/>
        <source>a file ending in .csv or .xlsx</source>
        <translation>fails ar paplašinājumu .csv vai .xlsx</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/premises.py" line="22"/>
        <source>the municipality&apos;s support to pop-up tenants per month</source>
        <translation>pašvaldības atbalsts pop-up telpu īrniekiem pa mēnešiem</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/premises.py" line="25"/>
        <source>the year to report (default: this year)</source>
        <translation>pārskata gads (pēc noklusējuma — šis gads)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/premises.py" line="30"/>
        <source>pop-up terms ending soon and unpaid months</source>
        <translation>drīz beidzamie pop-up īres termiņi un neapmaksātie mēneši</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/premises.py" line="32"/>
        <source>the day to look from (default: today)</source>
        <translation>diena, no kuras skatīties (pēc noklusējuma — šodiena)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/premises.py" line="36"/>
        <source>a pop-up tenancy agreement summary as PDF</source>
        <translation>pop-up telpas īres līguma kopsavilkums PDF formātā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/premises.py" line="43"/>
        <source>a pop-up tenant&apos;s monthly statement as PDF</source>
        <translation>pop-up telpas īrnieka mēneša aprēķins PDF formātā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/premises.py" line="55"/>
        <source>{count} tenancies written to {file}</source>
        <translation>{count} īres līgumi ierakstīti failā {file}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/premises.py" line="64"/>
        <source>Support given in {year}: {total}, written to {file}</source>
        <translation>Sniegtais atbalsts {year}. gadā: {total}, ierakstīts failā {file}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/premises.py" line="76"/>
        <source>Nothing to remind: no term ends within 30 days and every month is paid.</source>
        <translation>Nav par ko atgādināt: neviens termiņš nebeidzas 30 dienās, un visi mēneši ir apmaksāti.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/premises.py" line="79"/>
        <source>Term ends {date}: {tenant}, {premises}</source>
        <translation>Termiņš beidzas {date}: {tenant}, {premises}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/premises.py" line="82"/>
        <source>Unpaid {month}: {tenant}, {premises}, {amount} outstanding</source>
        <translation>Neapmaksāts {month}: {tenant}, {premises}, parāds {amount}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/premises.py" line="98"/>
        <location filename="../../../ngo_desktop/commands/premises.py" line="107"/>
        <source>Written to {file}</source>
        <translation>Ierakstīts failā {file}</translation>
    </message>
</context>
</TS>
