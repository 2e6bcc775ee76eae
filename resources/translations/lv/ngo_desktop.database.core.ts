<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Database</name>
    <message>
        <location filename="../../../ngo_desktop/database/core.py" line="297"/>
        <source>Another desk booked the same room for an overlapping time a moment ago. Nothing was saved; look at the calendar again and choose another time.</source>
        <translation>Cita darba vieta tikko rezervēja to pašu telpu laikā, kas pārklājas. Nekas netika saglabāts; apskatiet kalendāru vēlreiz un izvēlieties citu laiku.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/database/core.py" line="471"/>
        <source>The database file {path} is missing. It may have been moved, renamed or be on a drive that is not connected. Connect the drive or put the file back, restore the newest backup from {backups} with “ngo-desktop restore FILE”, or start with --database to use another file.</source>
        <translation>Datubāzes fails {path} nav atrodams. Iespējams, tas ir pārvietots, pārdēvēts vai atrodas nepievienotā diskā. Pievienojiet disku vai atlieciet failu atpakaļ, atjaunojiet jaunāko rezerves kopiju no {backups} ar komandu „ngo-desktop restore FAILS” vai palaidiet programmu ar --database, lai izmantotu citu failu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/database/core.py" line="480"/>
        <source>{path} is a folder, not a database file. Choose a file name.</source>
        <translation>{path} ir mape, nevis datubāzes fails. Izvēlieties faila nosaukumu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/database/core.py" line="486"/>
        <source>The folder {folder} does not exist. Create it or choose another location.</source>
        <translation>Mape {folder} neeksistē. Izveidojiet to vai izvēlieties citu vietu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/database/core.py" line="495"/>
        <source>{path} is not a database of this program (it is not an SQLite file). It was left untouched; choose another file.</source>
        <translation>{path} nav šīs programmas datubāze (tas nav SQLite fails). Tas netika mainīts; izvēlieties citu failu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/database/core.py" line="503"/>
        <source>The database {path} is read-only for you (the file or its folder cannot be written). It was left untouched. Copy it to a folder of yours, or ask whoever manages this computer for write access.</source>
        <translation>Datubāze {path} jums ir tikai lasāma (failā vai tā mapē nevar rakstīt). Tā netika mainīta. Nokopējiet to savā mapē vai palūdziet datora pārvaldniekam rakstīšanas tiesības.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/database/core.py" line="513"/>
        <source>A new database cannot be created in the read-only folder {folder}. Choose another location in Settings.</source>
        <translation>Tikai lasāmā mapē {folder} nevar izveidot jaunu datubāzi. Iestatījumos izvēlieties citu vietu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/database/core.py" line="560"/>
        <source>The database {path} is damaged ({detail}). It was left untouched; restore the newest good backup with “ngo-desktop restore FILE”.</source>
        <translation>Datubāze {path} ir bojāta ({detail}). Tā netika aiztikta; atjaunojiet jaunāko labo rezerves kopiju ar „ngo-desktop restore FAILS”.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/database/core.py" line="584"/>
        <source>The database {path} is locked by another program (perhaps a copy of this program stuck, a backup tool or a database browser). Close that program and start again; nothing was changed.</source>
        <translation>Datubāzi {path} ir bloķējusi cita programma (varbūt iestrēgusi šīs programmas kopija, rezerves kopēšanas rīks vai datubāzu pārlūks). Aizveriet to programmu un sāciet vēlreiz; nekas netika mainīts.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/database/core.py" line="652"/>
        <source>This program&apos;s version needs to upgrade the database (schema {revision}), which only the database&apos;s owner may do; nothing was changed. Ask the administrator to start the program once signed in as the owner, or to run “ngo-desktop db upgrade” as the owner.</source>
        <translation>Šai programmas versijai jāatjaunina datubāze (shēma {revision}), bet to drīkst tikai datubāzes īpašnieks; nekas netika mainīts. Palūdziet administratoram vienreiz atvērt programmu, pieslēdzoties kā īpašniekam, vai izpildīt „ngo-desktop db upgrade” kā īpašniekam.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/database/core.py" line="545"/>
        <location filename="../../../ngo_desktop/database/core.py" line="615"/>
        <source>This database holds tables but not this program&apos;s data. It was left untouched; choose another database.</source>
        <translation>Šajā datubāzē ir tabulas, bet ne šīs programmas dati. Tā netika mainīta; izvēlieties citu datubāzi.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/database/core.py" line="69"/>
        <source>Your role on the server does not allow this change; nothing was saved. Ask an administrator of the centre to do it or to give you another role.</source>
        <translation>Jūsu loma serverī neļauj veikt šo izmaiņu; nekas netika saglabāts. Palūdziet centra administratoram to izdarīt vai piešķirt jums citu lomu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/database/core.py" line="186"/>
        <source>The server asks for a password ({detail}). Put it in the password file (~/.pgpass: host:port:database:login:password) or in Settings → Database → Server password, or start the window to sign in.</source>
        <translation>Serveris prasa paroli ({detail}). Ierakstiet to paroļu failā (~/.pgpass: serveris:ports:datubāze:lietotājs:parole) vai sadaļā Iestatījumi → Datubāze → Servera parole, vai atveriet programmas logu, lai pieslēgtos.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/database/core.py" line="191"/>
        <source>This login may no longer sign in (an administrator disabled it). Ask an administrator of the centre.</source>
        <translation>Ar šo lietotāju vairs nevar pieslēgties (administrators to ir bloķējis). Vērsieties pie centra administratora.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/database/core.py" line="549"/>
        <location filename="../../../ngo_desktop/database/core.py" line="638"/>
        <source>This database was made by a newer version of the program (schema {revision}). Update the program; the database was left untouched.</source>
        <translation>Šo datubāzi izveidoja jaunāka programmas versija (shēma {revision}). Atjauniniet programmu; datubāze netika mainīta.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/database/core.py" line="567"/>
        <location filename="../../../ngo_desktop/database/core.py" line="661"/>
        <source>The database {location} cannot be read ({detail}). It was left untouched; restore it from a backup or choose another file.</source>
        <translation>Datubāzi {location} nevar nolasīt ({detail}). Tā netika mainīta; atjaunojiet to no rezerves kopijas vai izvēlieties citu failu.</translation>
    </message>
</context>
</TS>
