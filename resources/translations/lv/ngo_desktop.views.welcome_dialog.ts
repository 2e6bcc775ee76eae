<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>DemoData</name>
    <message>
        <location filename="../../../ngo_desktop/views/welcome_dialog.py" line="71"/>
        <source>Load demo data</source>
        <translation>Ielādēt demonstrācijas datus</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/welcome_dialog.py" line="72"/>
        <source>Fill this database with the demo data of a small Latvian centre?</source>
        <translation>Vai aizpildīt šo datubāzi ar neliela Latvijas centra demonstrācijas datiem?</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/welcome_dialog.py" line="79"/>
        <source>Loading demo data…</source>
        <translation>Ielādē demonstrācijas datus…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/welcome_dialog.py" line="80"/>
        <source>Demo data not loaded</source>
        <translation>Demonstrācijas dati netika ielādēti</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../../ngo_desktop/views/welcome_dialog.py" line="32"/>
        <source>Welcome to ngo_desktop</source>
        <translation>Laipni lūdzam ngo_desktop</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/welcome_dialog.py" line="35"/>
        <source>&lt;h2&gt;Welcome!&lt;/h2&gt;&lt;p&gt;The database is empty. Enter your centre&apos;s details — they are printed on every booking sheet, door sign and flyer — or load demo data of a small Latvian centre to try the program out. Everything can be changed later in Settings.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Laipni lūdzam!&lt;/h2&gt;&lt;p&gt;Datubāze ir tukša. Ievadiet sava centra datus — tie tiek drukāti uz katras rezervācijas lapas, durvju zīmes un afišas — vai ielādējiet neliela Latvijas centra demonstrācijas datus, lai izmēģinātu programmu. Visu vēlāk var mainīt iestatījumos.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/welcome_dialog.py" line="43"/>
        <source>Save details</source>
        <translation>Saglabāt datus</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/welcome_dialog.py" line="45"/>
        <source>Load demo data</source>
        <translation>Ielādēt demonstrācijas datus</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/welcome_dialog.py" line="46"/>
        <source>Later</source>
        <translation>Vēlāk</translation>
    </message>
</context>
</TS>
