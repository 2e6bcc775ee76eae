<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../../ngo_desktop/cli.py" line="68"/>
        <source>Front-desk program of an NGO support centre. Without a command it opens the window.</source>
        <translation>NVO atbalsta centra reģistratūras programma. Bez komandas tā atver logu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli.py" line="74"/>
        <source>show the program&apos;s version and exit</source>
        <translation>parādīt programmas versiju un beigt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli.py" line="78"/>
        <source>SQLite file or database URL (also NGO_DESKTOP_DATABASE); default: the file in the user&apos;s data folder</source>
        <translation>SQLite fails vai datubāzes URL (arī NGO_DESKTOP_DATABASE); pēc noklusējuma — fails lietotāja datu mapē</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli.py" line="88"/>
        <source>import data from a file</source>
        <translation>importēt datus no faila</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli.py" line="89"/>
        <source>export data to a file</source>
        <translation>eksportēt datus failā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli.py" line="90"/>
        <source>make a printable PDF document</source>
        <translation>sagatavot drukājamu PDF dokumentu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli.py" line="91"/>
        <source>database maintenance</source>
        <translation>datubāzes uzturēšana</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli.py" line="170"/>
        <source>error</source>
        <translation>kļūda</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli.py" line="194"/>
        <source>There is not enough space on the disk to write {file}; nothing was written. Free some space or choose another drive.</source>
        <translation>Diskā nepietiek vietas, lai ierakstītu {file}; nekas netika ierakstīts. Atbrīvojiet vietu vai izvēlieties citu disku.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli.py" line="198"/>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli.py" line="213"/>
        <source>The database server cannot be used ({detail}). Nothing was changed; check that the server is running and the address, user and password are right.</source>
        <translation>Datubāzes serveri nevar izmantot ({detail}). Nekas netika mainīts; pārbaudiet, vai serveris darbojas un vai adrese, lietotājs un parole ir pareizi.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli.py" line="217"/>
        <source>The database refused the change ({detail}). Nothing was changed.</source>
        <translation>Datubāze atteica izmaiņas ({detail}). Nekas netika mainīts.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli.py" line="223"/>
        <source>A value does not fit in the database (too long, a NUL character or a number out of range: {detail}). Nothing was saved; correct the value.</source>
        <translation>Kāda vērtība neder datubāzei (par garu, satur NUL rakstzīmi vai skaitlis ir ārpus pieļaujamā: {detail}). Nekas netika saglabāts; izlabojiet vērtību.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli.py" line="231"/>
        <source>The database is locked by another program (perhaps a copy of this program, a backup tool or a database browser). Nothing was changed; close that program and try again.</source>
        <translation>Datubāzi ir aizslēgusi cita programma (varbūt vēl viena šīs programmas kopija, dublēšanas rīks vai datubāzu pārlūks). Nekas netika mainīts; aizveriet to programmu un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli.py" line="235"/>
        <source>The database could not be written to the disk ({detail}); the disk may be full. Nothing was changed; free some space and try again.</source>
        <translation>Datubāzi neizdevās ierakstīt diskā ({detail}); iespējams, disks ir pilns. Nekas netika mainīts; atbrīvojiet vietu un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli.py" line="243"/>
        <source>The database or file could not be used: {reason}</source>
        <translation>Datubāzi vai failu nevarēja izmantot: {reason}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli.py" line="77"/>
        <source>PATH_OR_URL</source>
        <translation>CEĻŠ_VAI_URL</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli.py" line="84"/>
        <source>language of messages: lv (Latvian) or en (English)</source>
        <translation>ziņojumu valoda: lv (latviešu) vai en (angļu)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli.py" line="85"/>
        <source>COMMAND</source>
        <translation>KOMANDA</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/cli.py" line="129"/>
        <source>WHAT</source>
        <translation>KO</translation>
    </message>
</context>
</TS>
