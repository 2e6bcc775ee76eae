<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="lv_LV">
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../../ngo_desktop/views/settings_dialog.py" line="36" />
      <source>Settings</source>
      <translation>Iestatījumi</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/settings_dialog.py" line="45" />
      <source>Language</source>
      <translation>Valoda</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/settings_dialog.py" line="46" />
      <source>A new language is used after the program is restarted.</source>
      <translation>Jaunā valoda tiek lietota pēc programmas restartēšanas.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/settings_dialog.py" line="53" />
      <source>Default paper size</source>
      <translation>Noklusējuma papīra izmērs</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/settings_dialog.py" line="54" />
      <source>General</source>
      <translation>Vispārīgi</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/settings_dialog.py" line="57" />
      <source>Centre</source>
      <translation>Centrs</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/settings_dialog.py" line="62" />
      <source>Default: %1</source>
      <translation>Noklusējums: %1</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/settings_dialog.py" line="63" />
      <location filename="../../../ngo_desktop/views/settings_dialog.py" line="71" />
      <source>Database</source>
      <translation>Datubāze</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/settings_dialog.py" line="65" />
      <source>An SQLite file, or a PostgreSQL URL such as postgresql+psycopg://user@server/ngo shared by several front desks. Leave empty for the file in your data folder. Used after a restart.</source>
      <translation>SQLite fails vai PostgreSQL URL, piem., postgresql+psycopg://lietotajs@serveris/ngo, ko kopīgi lieto vairākas administratora darba vietas. Atstājiet tukšu, lai lietotu failu datu mapē. Tiek lietots pēc restartēšanas.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/settings_dialog.py" line="70" />
      <location filename="../../../ngo_desktop/views/settings_dialog.py" line="99" />
      <source>Backup folder</source>
      <translation>Rezerves kopiju mape</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/settings_dialog.py" line="86" />
      <source>Browse…</source>
      <translation>Pārlūkot…</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/settings_dialog.py" line="93" />
      <source>Database file</source>
      <translation>Datubāzes fails</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/settings_dialog.py" line="94" />
      <source>SQLite databases (*.sqlite3 *.db)</source>
      <translation>SQLite datubāzes (*.sqlite3 *.db)</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/settings_dialog.py" line="119" />
      <source>Restart the program to use the new language or database.</source>
      <translation>Restartējiet programmu, lai lietotu jauno valodu vai datubāzi.</translation>
    </message>
  </context>
</TS>