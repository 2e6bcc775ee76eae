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
      <location filename="../../../ngo_desktop/gui.py" line="70" />
      <source>The database {path} is damaged ({detail}); it was left untouched.

The newest good backup is {backup}. Restore it now? The damaged file is kept as a backup first.</source>
      <translation>Datubāze {path} ir bojāta ({detail}); tā netika aiztikta.

Jaunākā labā rezerves kopija ir {backup}. Vai atjaunot to tagad? Bojātais fails vispirms tiks saglabāts kā rezerves kopija.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/gui.py" line="74" />
      <source>Restore the newest good backup</source>
      <translation>Atjaunot jaunāko labo rezerves kopiju</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/gui.py" line="75" />
      <source>Quit</source>
      <translation>Iziet</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/gui.py" line="89" />
      <source>The data was restored from {backup}; the damaged file is kept as {kept}.</source>
      <translation>Dati atjaunoti no {backup}; bojātais fails saglabāts kā {kept}.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/gui.py" line="94" />
      <source>Restored</source>
      <translation>Atjaunots</translation>
    </message>
  </context>
</TS>