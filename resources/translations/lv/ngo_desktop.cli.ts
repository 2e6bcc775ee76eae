<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../../ngo_desktop/cli.py" line="53"/>
        <source>error</source>
        <translation>kļūda</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli.py" line="61"/>
        <source>Front-desk program of an NGO support centre. Without a command it opens the window.</source>
        <translation>NVO atbalsta centra administratora programma. Bez komandas tā atver logu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli.py" line="70"/>
        <source>SQLite file or database URL (also NGO_DESKTOP_DATABASE); default: the file in the user&apos;s data folder</source>
        <translation>SQLite fails vai datubāzes URL (arī NGO_DESKTOP_DATABASE); pēc noklusējuma — fails lietotāja datu mapē</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli.py" line="75"/>
        <source>language of messages</source>
        <translation>ziņojumu valoda</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli.py" line="79"/>
        <source>import data from a file</source>
        <translation>importēt datus no faila</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli.py" line="80"/>
        <source>export data to a file</source>
        <translation>eksportēt datus uz failu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli.py" line="81"/>
        <source>make a printable PDF document</source>
        <translation>sagatavot drukājamu PDF dokumentu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli.py" line="82"/>
        <source>database maintenance</source>
        <translation>datubāzes uzturēšana</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli.py" line="124"/>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli.py" line="127"/>
        <source>The database or file could not be used: {reason}</source>
        <translation>Datubāzi vai failu nevarēja izmantot: {reason}</translation>
    </message>
</context>
</TS>
