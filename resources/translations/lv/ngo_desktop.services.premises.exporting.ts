<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>PremisesExport</name>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="43"/>
        <source>Choose a file name ending in .csv or .xlsx (it was {name}).</source>
        <translation>Izvēlieties faila nosaukumu ar paplašinājumu .csv vai .xlsx (bija {name}).</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="52"/>
        <source>{amount} € a month</source>
        <translation>{amount} € mēnesī</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="59"/>
        <source>Premises</source>
        <translation>Telpas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="59"/>
        <source>Address</source>
        <translation>Adrese</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="60"/>
        <source>Tenant</source>
        <translation>Nomnieks</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="60"/>
        <source>Activity</source>
        <translation>Darbība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="61"/>
        <source>Starts</source>
        <translation>Sākas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="61"/>
        <source>Ends</source>
        <translation>Beidzas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="62"/>
        <source>Ended early</source>
        <translation>Izbeigts pirms termiņa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="62"/>
        <source>Share %</source>
        <translation>Daļa %</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="63"/>
        <source>Rent reduction</source>
        <translation>Nomas maksas atlaide</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="63"/>
        <source>Utilities reduction</source>
        <translation>Komunālo maksājumu atlaide</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="63"/>
        <source>Rent due by day</source>
        <translation>Maksājuma termiņš (mēneša datums)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="64"/>
        <source>Decision number</source>
        <translation>Lēmuma numurs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="64"/>
        <source>Decision date</source>
        <translation>Lēmuma datums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="91"/>
        <source>Month</source>
        <translation>Mēnesis</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="91"/>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="150"/>
        <source>Tenancies</source>
        <translation>Nomas līgumi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="92"/>
        <source>Charged</source>
        <translation>Aprēķināts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="92"/>
        <source>Rent reductions</source>
        <translation>Nomas maksas atlaides</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="93"/>
        <source>Utilities reductions</source>
        <translation>Komunālo maksājumu atlaides</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="93"/>
        <source>Support given</source>
        <translation>Sniegtais atbalsts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="94"/>
        <source>Amount due</source>
        <translation>Maksājamā summa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="94"/>
        <source>Paid</source>
        <translation>Samaksāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="104"/>
        <source>Total {year}</source>
        <translation>Kopā {year}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="120"/>
        <source>The file {name} could not be written ({reason}). Choose another folder or close the file if a spreadsheet has it open.</source>
        <translation>Failu {name} neizdevās ierakstīt ({reason}). Izvēlieties citu mapi vai aizveriet failu, ja tas ir atvērts izklājlapā.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="158"/>
        <source>Support {year}</source>
        <translation>Atbalsts {year}</translation>
    </message>
</context>
</TS>
