<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>ContactsEditor</name>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/contacts.py" line="37"/>
        <source>Chair of the board</source>
        <translation>Valdes priekšsēdētājs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/contacts.py" line="38"/>
        <source>Board member</source>
        <translation>Valdes loceklis</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/contacts.py" line="39"/>
        <source>Contact person</source>
        <translation>Kontaktpersona</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/contacts.py" line="40"/>
        <source>Accountant</source>
        <translation>Grāmatvedis</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/contacts.py" line="41"/>
        <source>Project manager</source>
        <translation>Projektu vadītājs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/contacts.py" line="76"/>
        <source>Name</source>
        <translation>Vārds, uzvārds</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/contacts.py" line="76"/>
        <source>Role</source>
        <translation>Amats</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/contacts.py" line="76"/>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/contacts.py" line="76"/>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/contacts.py" line="76"/>
        <source>Main</source>
        <translation>Galvenā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/contacts.py" line="77"/>
        <source>Consent given on</source>
        <translation>Piekrišana dota</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/contacts.py" line="89"/>
        <source>Consent date: when the person agreed that the centre keeps their data (dd.mm.yyyy). Tick “Main” for the person the centre calls first.</source>
        <translation>Piekrišanas datums: kad persona piekrita, ka centrs glabā viņas datus (dd.mm.gggg). Atzīmējiet „Galvenā” pie personas, kurai centrs zvana vispirms.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/contacts.py" line="100"/>
        <source>Add person</source>
        <translation>Pievienot personu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/contacts.py" line="102"/>
        <source>Consent given today</source>
        <translation>Piekrišana dota šodien</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/contacts.py" line="104"/>
        <source>Remove</source>
        <translation>Noņemt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/contacts.py" line="106"/>
        <source>Forget this person…</source>
        <translation>Aizmirst šo personu…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/contacts.py" line="108"/>
        <source>Export this person&apos;s data…</source>
        <translation>Eksportēt personas datus…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/contacts.py" line="146"/>
        <source>This person&apos;s data was forgotten.</source>
        <translation>Šīs personas dati ir aizmirsti.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/contacts.py" line="201"/>
        <source>Write the consent date as 05.03.2026, or leave it empty.</source>
        <translation>Ierakstiet piekrišanas datumu formā 05.03.2026 vai atstājiet tukšu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/contacts.py" line="235"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/contacts.py" line="235"/>
        <source>Row %1</source>
        <translation>%1. rinda</translation>
    </message>
</context>
</TS>
