<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../../ngo_desktop/views/settings_dialog.py" line="52"/>
        <source>Settings</source>
        <translation>Iestatījumi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/settings_dialog.py" line="61"/>
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/settings_dialog.py" line="62"/>
        <source>A new language is used after the program is restarted.</source>
        <translation>Jaunā valoda tiek lietota pēc programmas restartēšanas.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/settings_dialog.py" line="69"/>
        <source>Default paper size</source>
        <translation>Noklusējuma papīra izmērs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/settings_dialog.py" line="72"/>
        <source>Your name in the audit log</source>
        <translation>Jūsu vārds audita žurnālā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/settings_dialog.py" line="73"/>
        <source>General</source>
        <translation>Vispārīgi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/settings_dialog.py" line="77"/>
        <source>Only an administrator can change the centre&apos;s details.</source>
        <translation>Centra datus var mainīt tikai administrators.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/settings_dialog.py" line="84"/>
        <source>Centre</source>
        <translation>Centrs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/settings_dialog.py" line="89"/>
        <source>Default: %1</source>
        <translation>Noklusējums: %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/settings_dialog.py" line="90"/>
        <location filename="../../../ngo_desktop/views/settings_dialog.py" line="123"/>
        <source>Database</source>
        <translation>Datubāze</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/settings_dialog.py" line="92"/>
        <source>An SQLite file, or a PostgreSQL URL such as postgresql+psycopg://user@server/ngo shared by several front desks. Leave empty for the file in your data folder. Used after a restart.</source>
        <translation>SQLite fails vai PostgreSQL URL, piem., postgresql+psycopg://lietotajs@serveris/ngo, ko kopīgi lieto vairākas administratora darba vietas. Atstājiet tukšu, lai lietotu failu datu mapē. Tiek lietots pēc restartēšanas.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/settings_dialog.py" line="98"/>
        <source>only for a server; kept in the system&apos;s credential store</source>
        <translation>tikai serverim; tiek glabāta sistēmas akreditācijas datu krātuvē</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/settings_dialog.py" line="103"/>
        <source>Test connection</source>
        <translation>Pārbaudīt savienojumu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/settings_dialog.py" line="106"/>
        <source>Server password</source>
        <translation>Servera parole</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/settings_dialog.py" line="112"/>
        <source>The password is never written to the settings: it is kept in the system&apos;s credential store (Windows Credential Manager, macOS Keychain, GNOME/KDE wallet), or leave it empty and use PostgreSQL&apos;s own password file (pgpass).</source>
        <translation>Parole nekad netiek ierakstīta iestatījumos: tā tiek glabāta sistēmas akreditācijas datu krātuvē (Windows Credential Manager, macOS Keychain, GNOME/KDE maciņš), vai arī atstājiet lauku tukšu un izmantojiet PostgreSQL paroļu failu (pgpass).</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/settings_dialog.py" line="118"/>
        <location filename="../../../ngo_desktop/views/settings_dialog.py" line="172"/>
        <source>Backup folder</source>
        <translation>Rezerves kopiju mape</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/settings_dialog.py" line="122"/>
        <source>Automatic backups to keep</source>
        <translation>Automātisko kopiju skaits</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/settings_dialog.py" line="159"/>
        <source>Browse…</source>
        <translation>Pārlūkot…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/settings_dialog.py" line="166"/>
        <source>Database file</source>
        <translation>Datubāzes fails</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/settings_dialog.py" line="167"/>
        <source>SQLite databases (*.sqlite3 *.db)</source>
        <translation>SQLite datubāzes (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/settings_dialog.py" line="187"/>
        <source>Not saved</source>
        <translation>Nav saglabāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/settings_dialog.py" line="211"/>
        <source>Password not saved</source>
        <translation>Parole netika saglabāta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/settings_dialog.py" line="212"/>
        <source>This computer has no credential store (%1). Remove the password from the address and put it in PostgreSQL&apos;s password file (pgpass) instead; see the user guide.</source>
        <translation>Šajā datorā nav akreditācijas datu krātuves (%1). Izņemiet paroli no adreses un ierakstiet to PostgreSQL paroļu failā (pgpass); skatiet lietotāja rokasgrāmatu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/settings_dialog.py" line="225"/>
        <source>Connecting to the database…</source>
        <translation>Savienojas ar datubāzi…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/settings_dialog.py" line="234"/>
        <source>Restart the program to use the new language or database.</source>
        <translation>Restartējiet programmu, lai lietotu jauno valodu vai datubāzi.</translation>
    </message>
</context>
</TS>
