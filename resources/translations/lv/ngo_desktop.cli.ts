<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../../ngo_desktop/cli.py" line="53"/>
        <source>Front-desk program of an NGO support centre. Without a command it opens the window.</source>
        <translation>NVO atbalsta centra administratora programma. Bez komandas tā atver logu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli.py" line="59"/>
        <source>show the program&apos;s version and exit</source>
        <translation>parādīt programmas versiju un beigt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli.py" line="63"/>
        <source>SQLite file or database URL (also NGO_DESKTOP_DATABASE); default: the file in the user&apos;s data folder</source>
        <translation>SQLite fails vai datubāzes URL (arī NGO_DESKTOP_DATABASE); pēc noklusējuma — fails lietotāja datu mapē</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli.py" line="68"/>
        <source>language of messages</source>
        <translation>ziņojumu valoda</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli.py" line="72"/>
        <source>import data from a file</source>
        <translation>importēt datus no faila</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli.py" line="73"/>
        <source>export data to a file</source>
        <translation>eksportēt datus uz failu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli.py" line="74"/>
        <source>make a printable PDF document</source>
        <translation>sagatavot drukājamu PDF dokumentu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli.py" line="75"/>
        <source>database maintenance</source>
        <translation>datubāzes uzturēšana</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli.py" line="118"/>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli.py" line="121"/>
        <source>The database or file could not be used: {reason}</source>
        <translation>Datubāzi vai failu nevarēja izmantot: {reason}</translation>
    </message>
</context>
</TS>
