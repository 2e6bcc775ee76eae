<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="lv_LV">
  <context>
    <name>Database</name>
    <message>
      <location filename="../../../ngo_desktop/db.py" line="182" />
      <source>{path} is a folder, not a database file. Choose a file name.</source>
      <translation>{path} ir mape, nevis datubāzes fails. Izvēlieties faila nosaukumu.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/db.py" line="188" />
      <source>The folder {folder} does not exist. Create it or choose another location.</source>
      <translation>Mape {folder} neeksistē. Izveidojiet to vai izvēlieties citu vietu.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/db.py" line="197" />
      <source>{path} is not a database of this program (it is not an SQLite file). It was left untouched; choose another file.</source>
      <translation>{path} nav šīs programmas datubāze (tas nav SQLite fails). Tas netika mainīts; izvēlieties citu failu.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/db.py" line="224" />
      <source>This database holds tables but not this program's data. It was left untouched; choose another database.</source>
      <translation>Šajā datubāzē ir tabulas, bet ne šīs programmas dati. Tā netika mainīta; izvēlieties citu datubāzi.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/db.py" line="247" />
      <source>This database was made by a newer version of the program (schema {revision}). Update the program; the database was left untouched.</source>
      <translation>Šo datubāzi izveidoja jaunāka programmas versija (shēma {revision}). Atjauniniet programmu; datubāze netika mainīta.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/db.py" line="259" />
      <source>The database {location} cannot be read ({detail}). It was left untouched; restore it from a backup or choose another file.</source>
      <translation>Datubāzi {location} nevar nolasīt ({detail}). Tā netika mainīta; atjaunojiet to no rezerves kopijas vai izvēlieties citu failu.</translation>
    </message>
  </context>
</TS>