<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>OrganisationsSection</name>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/section.py" line="61"/>
        <source>No organisations yet — add the first organisation</source>
        <translation>Organizāciju vēl nav — pievienojiet pirmo organizāciju</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/section.py" line="62"/>
        <source>Associations, foundations, entrepreneurs and their contact people appear here. Add them one by one or import the spreadsheet you keep today.</source>
        <translation>Šeit būs biedrības, nodibinājumi, uzņēmēji un to kontaktpersonas. Pievienojiet tos pa vienam vai importējiet izklājlapu, ko lietojat tagad.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/section.py" line="64"/>
        <source>Add the first organisation…</source>
        <translation>Pievienot pirmo organizāciju…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/section.py" line="65"/>
        <source>Import from a spreadsheet…</source>
        <translation>Importēt no izklājlapas…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/section.py" line="83"/>
        <source>Search by name, registration number, contact, phone or e-mail</source>
        <translation>Meklēt pēc nosaukuma, reģistrācijas numura, kontaktpersonas, tālruņa vai e-pasta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/section.py" line="88"/>
        <source>All kinds</source>
        <translation>Visi veidi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/section.py" line="92"/>
        <source>Any membership</source>
        <translation>Jebkura dalība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/section.py" line="99"/>
        <source>Show archived</source>
        <translation>Rādīt arhivētās</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/section.py" line="130"/>
        <source>New organisation…</source>
        <translation>Jauna organizācija…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/section.py" line="132"/>
        <source>Import…</source>
        <translation>Importēt…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/section.py" line="135"/>
        <source>Export</source>
        <translation>Eksportēt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/section.py" line="138"/>
        <source>Export what the list shows…</source>
        <translation>Eksportēt sarakstā redzamo…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/section.py" line="139"/>
        <source>Export the whole registry…</source>
        <translation>Eksportēt visu reģistru…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/section.py" line="141"/>
        <source>Print directory…</source>
        <translation>Drukāt katalogu…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/section.py" line="142"/>
        <source>The directory of organisations by field of activity, in Latvian order</source>
        <translation>Organizāciju katalogs pa darbības jomām, latviešu alfabēta secībā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/section.py" line="178"/>
        <source>All fields of activity</source>
        <translation>Visas darbības jomas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/section.py" line="244"/>
        <source>Export organisations</source>
        <translation>Eksportēt organizācijas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/section.py" line="244"/>
        <source>organisations</source>
        <translation>organizācijas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/section.py" line="245"/>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel darbgrāmata (*.xlsx);;CSV Excel programmai (*.csv)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/section.py" line="263"/>
        <source>Exporting organisations…</source>
        <translation>Eksportē organizācijas…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/section.py" line="264"/>
        <source>Not exported</source>
        <translation>Nav eksportēts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/section.py" line="260"/>
        <source>Exported</source>
        <translation>Eksportēts</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ngo_desktop/views/organisations/section.py" line="197"/>
        <source>Organisations shown: %n</source>
        <translation>
            <numerusform>Parādīta %n organizācija</numerusform>
            <numerusform>Parādītas %n organizācijas</numerusform>
            <numerusform>Nav parādīta neviena organizācija</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ngo_desktop/views/organisations/section.py" line="260"/>
        <source>Organisations written to %1: %n.</source>
        <translation>
            <numerusform>Failā %1 ierakstīta %n organizācija.</numerusform>
            <numerusform>Failā %1 ierakstītas %n organizācijas.</numerusform>
            <numerusform>Failā %1 nav ierakstīta neviena organizācija.</numerusform>
        </translation>
    </message>
</context>
</TS>
