<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="lv_LV">
  <context>
    <name>CommandLine</name>
    <message>
      <location filename="../../../ngo_desktop/commands/backup.py" line="23" />
      <source>make a consistent backup copy of the database</source>
      <translation>izveidot saskaņotu datubāzes rezerves kopiju</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/backup.py" line="24" />
      <location filename="../../../ngo_desktop/commands/backup.py" line="31" />
      <source>FILE</source>
      <translation>FAILS</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/backup.py" line="25" />
      <source>where to write it; default: a dated file in the backup folder</source>
      <translation>kur to ierakstīt; pēc noklusējuma — datēts fails rezerves kopiju mapē</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/backup.py" line="30" />
      <source>replace the database with a backup (the current data is kept)</source>
      <translation>aizstāt datubāzi ar rezerves kopiju (pašreizējie dati tiek saglabāti)</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/backup.py" line="32" />
      <source>the backup copy to restore from</source>
      <translation>rezerves kopija, no kuras atjaunot</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/backup.py" line="36" />
      <source>copy every row of this SQLite database into an empty PostgreSQL database</source>
      <translation>pārkopēt visas šīs SQLite datubāzes rindas tukšā PostgreSQL datubāzē</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/backup.py" line="37" />
      <source>the empty database's address, e.g. postgresql+psycopg://anna@server/ngo</source>
      <translation>tukšās datubāzes adrese, piemēram, postgresql+psycopg://anna@serveris/nvo</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/backup.py" line="53" />
      <source>Backup of {database} written to {file}</source>
      <translation>Datubāzes {database} rezerves kopija ierakstīta failā {file}</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/backup.py" line="62" />
      <source>{database} restored from {file}; the data it held before is kept in {kept}</source>
      <translation>{database} atjaunota no {file}; iepriekšējie dati saglabāti failā {kept}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../ngo_desktop/commands/backup.py" line="70" />
      <source>People forgotten earlier and forgotten again: %n.</source>
      <translation>
        <numerusform>%n agrāk aizmirsta persona atkal aizmirsta.</numerusform>
        <numerusform>%n agrāk aizmirstas personas atkal aizmirstas.</numerusform>
        <numerusform>Neviena agrāk aizmirsta persona nebija jāaizmirst vēlreiz.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/backup.py" line="84" />
      <source>Rows copied to {server}: {rows}; every table's count matches.</source>
      <translation>Uz {server} pārkopēto rindu skaits: {rows}; katras tabulas rindu skaits sakrīt.</translation>
    </message>
  </context>
</TS>