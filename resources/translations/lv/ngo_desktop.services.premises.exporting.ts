<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="lv_LV">
  <context>
    <name>PremisesExport</name>
    <message>
      <location filename="../../../ngo_desktop/services/premises/exporting.py" line="40" />
      <source>Choose a file name ending in .csv or .xlsx (it was {name}).</source>
      <translation>Izvēlieties faila nosaukumu ar paplašinājumu .csv vai .xlsx (bija {name}).</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/premises/exporting.py" line="49" />
      <source>{amount} € a month</source>
      <translation>{amount} € mēnesī</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/premises/exporting.py" line="56" />
      <source>Premises</source>
      <translation>Telpas</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/premises/exporting.py" line="56" />
      <source>Address</source>
      <translation>Adrese</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/premises/exporting.py" line="57" />
      <source>Tenant</source>
      <translation>Nomnieks</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/premises/exporting.py" line="57" />
      <source>Activity</source>
      <translation>Darbība</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/premises/exporting.py" line="58" />
      <source>Starts</source>
      <translation>Sākas</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/premises/exporting.py" line="58" />
      <source>Ends</source>
      <translation>Beidzas</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/premises/exporting.py" line="59" />
      <source>Ended early</source>
      <translation>Izbeigts pirms termiņa</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/premises/exporting.py" line="59" />
      <source>Share %</source>
      <translation>Daļa %</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/premises/exporting.py" line="60" />
      <source>Rent reduction</source>
      <translation>Nomas maksas atlaide</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/premises/exporting.py" line="60" />
      <source>Utilities reduction</source>
      <translation>Komunālo maksājumu atlaide</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/premises/exporting.py" line="61" />
      <source>Decision number</source>
      <translation>Lēmuma numurs</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/premises/exporting.py" line="61" />
      <source>Decision date</source>
      <translation>Lēmuma datums</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/premises/exporting.py" line="83" />
      <source>Month</source>
      <translation>Mēnesis</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/premises/exporting.py" line="83" />
      <location filename="../../../ngo_desktop/services/premises/exporting.py" line="142" />
      <source>Tenancies</source>
      <translation>Nomas līgumi</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/premises/exporting.py" line="84" />
      <source>Charged</source>
      <translation>Aprēķināts</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/premises/exporting.py" line="84" />
      <source>Rent reductions</source>
      <translation>Nomas maksas atlaides</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/premises/exporting.py" line="85" />
      <source>Utilities reductions</source>
      <translation>Komunālo maksājumu atlaides</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/premises/exporting.py" line="85" />
      <source>Support given</source>
      <translation>Sniegtais atbalsts</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/premises/exporting.py" line="86" />
      <source>Amount due</source>
      <translation>Maksājamā summa</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/premises/exporting.py" line="86" />
      <source>Paid</source>
      <translation>Samaksāts</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/premises/exporting.py" line="96" />
      <source>Total {year}</source>
      <translation>Kopā {year}</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/premises/exporting.py" line="112" />
      <source>The file {name} could not be written ({reason}). Choose another folder or close the file if a spreadsheet has it open.</source>
      <translation>Failu {name} neizdevās ierakstīt ({reason}). Izvēlieties citu mapi vai aizveriet failu, ja tas ir atvērts izklājlapā.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/premises/exporting.py" line="150" />
      <source>Support {year}</source>
      <translation>Atbalsts {year}</translation>
    </message>
  </context>
</TS>