<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="lv_LV">
  <context>
    <name>Startup</name>
    <message>
      <location filename="../../../ngo_desktop/gui.py" line="62" />
      <location filename="../../../ngo_desktop/gui.py" line="65" />
      <source>The database cannot be opened</source>
      <translation>Datubāzi nevar atvērt</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/gui.py" line="70" />
      <source>The database is damaged</source>
      <translation>Datubāze ir bojāta</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/gui.py" line="71" />
      <source>Restore the newest good backup</source>
      <translation>Atjaunot jaunāko labo rezerves kopiju</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/gui.py" line="72" />
      <source>Quit</source>
      <translation>Iziet</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/gui.py" line="86" />
      <source>The data was restored from {backup}; the damaged file is kept as {kept}.</source>
      <translation>Dati atjaunoti no {backup}; bojātais fails saglabāts kā {kept}.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/gui.py" line="91" />
      <source>Restored</source>
      <translation>Atjaunots</translation>
    </message>
  </context>
</TS>