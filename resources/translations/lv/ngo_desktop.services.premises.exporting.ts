<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>PremisesExport</name>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="42"/>
        <source>Choose a file name ending in .csv or .xlsx (it was {name}).</source>
        <translation>Izvēlieties faila nosaukumu ar paplašinājumu .csv vai .xlsx (bija {name}).</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="51"/>
        <source>{amount} € a month</source>
        <translation>{amount} € mēnesī</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="58"/>
        <source>Premises</source>
        <translation>Telpas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="58"/>
        <source>Address</source>
        <translation>Adrese</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="59"/>
        <source>Tenant</source>
        <translation>Nomnieks</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="59"/>
        <source>Activity</source>
        <translation>Darbība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="60"/>
        <source>Starts</source>
        <translation>Sākas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="60"/>
        <source>Ends</source>
        <translation>Beidzas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="61"/>
        <source>Ended early</source>
        <translation>Izbeigts pirms termiņa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="61"/>
        <source>Share %</source>
        <translation>Daļa %</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="62"/>
        <source>Rent reduction</source>
        <translation>Nomas maksas atlaide</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="62"/>
        <source>Utilities reduction</source>
        <translation>Komunālo maksājumu atlaide</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="63"/>
        <source>Decision number</source>
        <translation>Lēmuma numurs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="63"/>
        <source>Decision date</source>
        <translation>Lēmuma datums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="86"/>
        <source>Month</source>
        <translation>Mēnesis</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="86"/>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="145"/>
        <source>Tenancies</source>
        <translation>Nomas līgumi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="87"/>
        <source>Charged</source>
        <translation>Aprēķināts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="87"/>
        <source>Rent reductions</source>
        <translation>Nomas maksas atlaides</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="88"/>
        <source>Utilities reductions</source>
        <translation>Komunālo maksājumu atlaides</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="88"/>
        <source>Support given</source>
        <translation>Sniegtais atbalsts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="89"/>
        <source>Amount due</source>
        <translation>Maksājamā summa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="89"/>
        <source>Paid</source>
        <translation>Samaksāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="99"/>
        <source>Total {year}</source>
        <translation>Kopā {year}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="115"/>
        <source>The file {name} could not be written ({reason}). Choose another folder or close the file if a spreadsheet has it open.</source>
        <translation>Failu {name} neizdevās ierakstīt ({reason}). Izvēlieties citu mapi vai aizveriet failu, ja tas ir atvērts izklājlapā.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/exporting.py" line="153"/>
        <source>Support {year}</source>
        <translation>Atbalsts {year}</translation>
    </message>
</context>
</TS>
