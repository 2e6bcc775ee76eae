<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Startup</name>
    <message>
        <location filename="../../../ngo_desktop/gui.py" line="77"/>
        <location filename="../../../ngo_desktop/gui.py" line="87"/>
        <location filename="../../../ngo_desktop/gui.py" line="90"/>
        <location filename="../../../ngo_desktop/gui.py" line="130"/>
        <location filename="../../../ngo_desktop/gui.py" line="137"/>
        <source>The database cannot be opened</source>
        <translation>Datubāzi nevar atvērt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/gui.py" line="100"/>
        <source>The database server cannot be used ({detail}). Check that the server is running and the address in Settings is right.</source>
        <translation>Datubāzes serveri nevar izmantot ({detail}). Pārbaudiet, vai serveris darbojas un vai adrese iestatījumos ir pareiza.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/gui.py" line="133"/>
        <source>The server did not accept this login and password; type them again.</source>
        <translation>Serveris nepieņēma šo lietotājvārdu un paroli; ievadiet tos vēlreiz.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/gui.py" line="143"/>
        <source>Password not remembered</source>
        <translation>Parole netika saglabāta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/gui.py" line="143"/>
        <source>This computer has no credential store, so the password was not remembered. Use the password file (.pgpass) instead; see the user guide.</source>
        <translation>Šajā datorā nav paroļu krātuves, tāpēc parole netika saglabāta. Izmantojiet paroļu failu (.pgpass); skatiet lietotāja rokasgrāmatu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/gui.py" line="150"/>
        <source>The database is damaged</source>
        <translation>Datubāze ir bojāta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/gui.py" line="150"/>
        <source>The database {path} is damaged ({detail}); it was left untouched.

The newest good backup is {backup}. Restore it now? The damaged file is kept as a backup first.</source>
        <translation>Datubāze {path} ir bojāta ({detail}); tā netika aiztikta.

Jaunākā labā rezerves kopija ir {backup}. Vai atjaunot to tagad? Bojātais fails vispirms tiks saglabāts kā rezerves kopija.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/gui.py" line="154"/>
        <source>Restore the newest good backup</source>
        <translation>Atjaunot jaunāko labo rezerves kopiju</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/gui.py" line="155"/>
        <source>Quit</source>
        <translation>Iziet</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/gui.py" line="169"/>
        <source>The data was restored from {backup}; the damaged file is kept as {kept}.</source>
        <translation>Dati atjaunoti no {backup}; bojātais fails saglabāts kā {kept}.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/gui.py" line="174"/>
        <source>Restored</source>
        <translation>Atjaunots</translation>
    </message>
</context>
</TS>
