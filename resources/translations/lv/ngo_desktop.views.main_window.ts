<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="111"/>
        <source>Opening…</source>
        <translation>Atver…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="125"/>
        <source>Database: %1</source>
        <translation>Datubāze: %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="279"/>
        <source>&amp;File</source>
        <translation>&amp;Fails</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="285"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Iestatījumi…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="291"/>
        <source>Load &amp;demo data…</source>
        <translation>Ielādēt &amp;demonstrācijas datus…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="295"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Izveidot rezerves kopiju…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="298"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Atjaunot no rezerves kopijas…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="301"/>
        <source>&amp;Move my data to a server…</source>
        <translation>&amp;Pārvietot datus uz serveri…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="306"/>
        <source>&amp;Quit</source>
        <translation>&amp;Iziet</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="311"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediģēt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="320"/>
        <source>&amp;Go</source>
        <translation>&amp;Pāriet</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="328"/>
        <source>&amp;Tools</source>
        <translation>&amp;Rīki</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="329"/>
        <source>&amp;Audit log</source>
        <translation>A&amp;udita žurnāls</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="332"/>
        <source>&amp;Users…</source>
        <translation>&amp;Lietotāji…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="338"/>
        <source>&amp;Help</source>
        <translation>&amp;Palīdzība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="347"/>
        <source>&amp;About ngo_desktop</source>
        <translation>&amp;Par ngo_desktop</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="424"/>
        <source>The automatic backup to %1 failed: %2. Check the backup folder in Settings.</source>
        <translation>Automātiskā rezerves kopija mapē %1 neizdevās: %2. Pārbaudiet rezerves kopiju mapi iestatījumos.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="435"/>
        <location filename="../../../ngo_desktop/views/main_window.py" line="439"/>
        <source>The database is damaged</source>
        <translation>Datubāze ir bojāta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="436"/>
        <source>%1

No good automatic backup was found. Restore a backup you made yourself (File → Restore from a backup), or ask for help before entering more data.</source>
        <translation>%1

Laba automātiskā rezerves kopija netika atrasta. Atjaunojiet pašu veidotu rezerves kopiju (Fails → Atjaunot no rezerves kopijas) vai lūdziet palīdzību, pirms ievadāt vēl datus.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="440"/>
        <source>%1

Restore the newest good backup, %2? The damaged data is kept as a backup first.</source>
        <translation>%1

Vai atjaunot jaunāko labo rezerves kopiju %2? Bojātie dati vispirms tiks saglabāti kā rezerves kopija.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="449"/>
        <source>Back up to</source>
        <translation>Rezerves kopijas fails</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="455"/>
        <source>Backing up…</source>
        <translation>Veido rezerves kopiju…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="456"/>
        <source>Backup failed</source>
        <translation>Rezerves kopiju neizdevās izveidot</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="458"/>
        <source>Backup made</source>
        <translation>Rezerves kopija izveidota</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="458"/>
        <source>The backup was written to %1</source>
        <translation>Rezerves kopija ierakstīta failā %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="464"/>
        <location filename="../../../ngo_desktop/views/main_window.py" line="468"/>
        <source>Restore from a backup</source>
        <translation>Atjaunot no rezerves kopijas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="465"/>
        <source>Backups (*.sqlite3 *.db *.dump);;All files (*)</source>
        <translation>Rezerves kopijas (*.sqlite3 *.db *.dump);;Visi faili (*)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="469"/>
        <source>Replace all data of %1 with the backup %2?

The current data is kept as a backup in %3 first. Other front desks should close the program meanwhile.</source>
        <translation>Aizstāt visus %1 datus ar rezerves kopiju %2?

Pašreizējie dati vispirms tiks saglabāti kā rezerves kopija mapē %3. Citām darba vietām šajā laikā programma jāaizver.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="502"/>
        <source>Restoring…</source>
        <translation>Atjauno…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="497"/>
        <location filename="../../../ngo_desktop/views/main_window.py" line="503"/>
        <source>Restore refused</source>
        <translation>Atjaunošana atteikta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="492"/>
        <source>Restore failed</source>
        <translation>Atjaunošana neizdevās</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="493"/>
        <source>The backup could not be restored: %1. The data was left as it was; close the program at the other front desks and try again.</source>
        <translation>Rezerves kopiju nevarēja atjaunot: %1. Dati palika, kā bija; aizveriet programmu pārējās darba vietās un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="488"/>
        <source>Restored</source>
        <translation>Atjaunots</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="483"/>
        <source>The data was restored from %1. What was there before is kept in %2.</source>
        <translation>Dati atjaunoti no %1. Iepriekšējie dati saglabāti failā %2.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="509"/>
        <source>Move my data to a server</source>
        <translation>Pārvietot datus uz serveri</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="510"/>
        <source>Address of an empty PostgreSQL database, e.g. postgresql+psycopg://user@server/ngo</source>
        <translation>Tukšas PostgreSQL datubāzes adrese, piemēram, postgresql+psycopg://lietotājs@serveris/ngo</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="526"/>
        <source>Copying the data to the server…</source>
        <translation>Kopē datus uz serveri…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="527"/>
        <source>The data was not moved</source>
        <translation>Dati netika pārvietoti</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="522"/>
        <source>Data moved</source>
        <translation>Dati pārvietoti</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="516"/>
        <source>%1 rows were copied to %2 and every table&apos;s count matches. Enter the server&apos;s address in Settings → Database and restart to work on it; this file stays as it was.</source>
        <translation>Rindas pārkopētas uz %2 (%1), un visu tabulu rindu skaits sakrīt. Ierakstiet servera adresi sadaļā Iestatījumi → Datubāze un restartējiet programmu, lai strādātu ar to; šis fails paliek nemainīts.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="562"/>
        <source>Signed in: %1 (%2)</source>
        <translation>Pieslēdzies: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="581"/>
        <source>Settings saved</source>
        <translation>Iestatījumi saglabāti</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="595"/>
        <source>About ngo_desktop</source>
        <translation>Par ngo_desktop</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="596"/>
        <source>ngo_desktop %1
The front-desk program of an NGO support centre.

Database: %2</source>
        <translation>ngo_desktop %1
NVO atbalsta centra administratora programma.

Datubāze: %2</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="339"/>
        <source>&amp;User guide</source>
        <translation>&amp;Lietotāja rokasgrāmata</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="280"/>
        <source>&amp;New…</source>
        <translation>&amp;Jauns…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/main_window.py" line="315"/>
        <source>&amp;Find</source>
        <translation>&amp;Meklēt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ngo_desktop/views/main_window.py" line="486"/>
        <location filename="../../../ngo_desktop/views/main_window.py" line="520"/>
        <source>People forgotten earlier and forgotten again now: %n.</source>
        <translation>
            <numerusform>%n agrāk aizmirsta persona atkal aizmirsta.</numerusform>
            <numerusform>%n agrāk aizmirstas personas atkal aizmirstas.</numerusform>
            <numerusform>Neviena agrāk aizmirsta persona nebija jāaizmirst vēlreiz.</numerusform>
        </translation>
    </message>
</context>
</TS>
