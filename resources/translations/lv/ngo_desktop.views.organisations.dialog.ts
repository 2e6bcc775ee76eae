<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="77"/>
        <source>Details</source>
        <translation>Pamatdati</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="78"/>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="222"/>
        <source>Contact people</source>
        <translation>Kontaktpersonas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="81"/>
        <source>Save</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="85"/>
        <source>Delete…</source>
        <translation>Dzēst…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="86"/>
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="132"/>
        <source>New organisation</source>
        <translation>Jauna organizācija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="134"/>
        <source>Restore from archive</source>
        <translation>Atjaunot no arhīva</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="134"/>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="271"/>
        <source>Archive</source>
        <translation>Arhivēt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="194"/>
        <source>Not saved</source>
        <translation>Nav saglabāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="223"/>
        <source>this organisation</source>
        <translation>šo organizāciju</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="235"/>
        <source>%1 already has the registration number %2.</source>
        <translation>Reģistrācijas numurs %2 jau pieder organizācijai %1.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="238"/>
        <source>%1 looks like the same organisation.</source>
        <translation>Šķiet, ka %1 ir tā pati organizācija.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="240"/>
        <source>It is archived.</source>
        <translation>Tā ir arhivēta.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="243"/>
        <source>Already in the registry?</source>
        <translation>Jau ir reģistrā?</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="241"/>
        <source>Open the existing organisation instead of creating a new one?</source>
        <translation>Atvērt esošo organizāciju, nevis veidot jaunu?</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="245"/>
        <source>Open the existing one</source>
        <translation>Atvērt esošo</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="246"/>
        <source>Create a new one anyway</source>
        <translation>Tomēr izveidot jaunu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="248"/>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="275"/>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="342"/>
        <source>Not changed</source>
        <translation>Nav mainīts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="317"/>
        <source>Delete organisation</source>
        <translation>Dzēst organizāciju</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="318"/>
        <source>Delete %1 for good? The centre has no bookings, applications, tenancies or documents for it, so nothing else is lost.</source>
        <translation>Dzēst organizāciju %1 pavisam? Centram nav ar to saistītu rezervāciju, pieteikumu, nomas līgumu vai dokumentu, tāpēc nekas cits netiks zaudēts.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="324"/>
        <source>Not deleted</source>
        <translation>Nav dzēsts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="334"/>
        <source>Forget this person</source>
        <translation>Aizmirst šo personu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="335"/>
        <source>Remove %1&apos;s name, phone, e-mail and notes everywhere the centre keeps them? The organisation&apos;s bookings and applications stay, without this person&apos;s details. This cannot be undone.</source>
        <translation>Izdzēst personas %1 vārdu, tālruni, e-pastu un piezīmes visur, kur centrs tos glabā? Organizācijas rezervācijas un pieteikumi paliks, bet bez šīs personas datiem. To nevar atsaukt.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="347"/>
        <source>Export this person&apos;s data</source>
        <translation>Eksportēt personas datus</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="347"/>
        <source>JSON files (*.json)</source>
        <translation>JSON faili (*.json)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="359"/>
        <source>Not exported</source>
        <translation>Nav eksportēts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="352"/>
        <source>Exported</source>
        <translation>Eksportēts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="353"/>
        <source>Everything the centre holds about %1 was written to %2.</source>
        <translation>Viss, ko centrs glabā par personu %1, ir ierakstīts failā %2.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="242"/>
        <source>Open the existing organisation instead of saving this one under a look-alike name?</source>
        <translation>Atvērt esošo organizāciju, nevis saglabāt šo ar līdzīgu nosaukumu?</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="246"/>
        <source>Save anyway</source>
        <translation>Tomēr saglabāt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="290"/>
        <source>Save the changes first?</source>
        <translation>Vispirms saglabāt izmaiņas?</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="302"/>
        <source>Archive the association „%1”?</source>
        <translation>Arhivēt biedrību „%1”?</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="304"/>
        <source>Archive the foundation „%1”?</source>
        <translation>Arhivēt nodibinājumu „%1”?</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="306"/>
        <source>Archive the organisation „%1”?</source>
        <translation>Arhivēt organizāciju „%1”?</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="308"/>
        <source>It leaves the list but keeps its history; tick “Show archived” to see it again.</source>
        <translation>Tā pazudīs no saraksta, bet tās vēsture paliks; lai to atkal redzētu, atzīmējiet „Rādīt arhivētos”.</translation>
    </message>
</context>
</TS>
