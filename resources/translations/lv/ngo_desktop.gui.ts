<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="lv_LV">
  <context>
    <name>Startup</name>
    <message>
      <location filename="../../../ngo_desktop/gui.py" line="84" />
      <location filename="../../../ngo_desktop/gui.py" line="94" />
      <location filename="../../../ngo_desktop/gui.py" line="97" />
      <location filename="../../../ngo_desktop/gui.py" line="137" />
      <location filename="../../../ngo_desktop/gui.py" line="144" />
      <source>The database cannot be opened</source>
      <translation>Datubāzi nevar atvērt</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/gui.py" line="107" />
      <source>The database server cannot be used ({detail}). Check that the server is running and the address in Settings is right.</source>
      <translation>Datubāzes serveri nevar izmantot ({detail}). Pārbaudiet, vai serveris darbojas un vai adrese iestatījumos ir pareiza.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/gui.py" line="140" />
      <source>The server did not accept this login and password; type them again.</source>
      <translation>Serveris nepieņēma šo lietotājvārdu un paroli; ievadiet tos vēlreiz.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/gui.py" line="150" />
      <source>Password not remembered</source>
      <translation>Parole netika saglabāta</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/gui.py" line="150" />
      <source>This computer has no credential store, so the password was not remembered. Use the password file (.pgpass) instead; see the user guide.</source>
      <translation>Šajā datorā nav paroļu krātuves, tāpēc parole netika saglabāta. Izmantojiet paroļu failu (.pgpass); skatiet lietotāja rokasgrāmatu.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/gui.py" line="157" />
      <source>The database is damaged</source>
      <translation>Datubāze ir bojāta</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/gui.py" line="157" />
      <source>The database {path} is damaged ({detail}); it was left untouched.

The newest good backup is {backup}. Restore it now? The damaged file is kept as a backup first.</source>
      <translation>Datubāze {path} ir bojāta ({detail}); tā netika aiztikta.

Jaunākā labā rezerves kopija ir {backup}. Vai atjaunot to tagad? Bojātais fails vispirms tiks saglabāts kā rezerves kopija.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/gui.py" line="161" />
      <source>Restore the newest good backup</source>
      <translation>Atjaunot jaunāko labo rezerves kopiju</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/gui.py" line="162" />
      <source>Quit</source>
      <translation>Iziet</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/gui.py" line="176" />
      <source>The data was restored from {backup}; the damaged file is kept as {kept}.</source>
      <translation>Dati atjaunoti no {backup}; bojātais fails saglabāts kā {kept}.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/gui.py" line="182" />
      <source>Restored</source>
      <translation>Atjaunots</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../ngo_desktop/gui.py" line="180" />
      <source>People forgotten earlier and forgotten again now: %n.</source>
      <translation>
        <numerusform>%n agrāk aizmirsta persona atkal aizmirsta.</numerusform>
        <numerusform>%n agrāk aizmirstas personas atkal aizmirstas.</numerusform>
        <numerusform>Neviena agrāk aizmirsta persona nebija jāaizmirst vēlreiz.</numerusform>
      </translation>
    </message>
  </context>
</TS>