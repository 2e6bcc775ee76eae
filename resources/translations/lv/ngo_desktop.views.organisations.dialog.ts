<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="84"/>
        <source>Details</source>
        <translation>Pamatdati</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="85"/>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="200"/>
        <source>Contact people</source>
        <translation>Kontaktpersonas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="88"/>
        <source>Save</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="92"/>
        <source>Delete…</source>
        <translation>Dzēst…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="93"/>
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="130"/>
        <source>New organisation</source>
        <translation>Jauna organizācija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="132"/>
        <source>Restore from archive</source>
        <translation>Atjaunot no arhīva</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="132"/>
        <source>Archive</source>
        <translation>Arhivēt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="188"/>
        <source>Not saved</source>
        <translation>Nav saglabāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="201"/>
        <source>this organisation</source>
        <translation>šo organizāciju</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="212"/>
        <source>%1 already has the registration number %2.</source>
        <translation>Reģistrācijas numurs %2 jau pieder organizācijai %1.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="215"/>
        <source>%1 looks like the same organisation.</source>
        <translation>%1 izskatās pēc tās pašas organizācijas.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="217"/>
        <source>It is archived.</source>
        <translation>Tā ir arhivēta.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="218"/>
        <source>Already in the registry?</source>
        <translation>Jau ir reģistrā?</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="219"/>
        <source>Open the existing organisation instead of creating a new one?</source>
        <translation>Atvērt esošo organizāciju, nevis veidot jaunu?</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="221"/>
        <source>Open the existing one</source>
        <translation>Atvērt esošo</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="222"/>
        <source>Create a new one anyway</source>
        <translation>Tomēr izveidot jaunu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="223"/>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="248"/>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="284"/>
        <source>Not changed</source>
        <translation>Nav mainīts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="258"/>
        <source>Delete organisation</source>
        <translation>Dzēst organizāciju</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="259"/>
        <source>Delete %1 for good? The centre has no bookings, applications, tenancies or documents for it, so nothing else is lost.</source>
        <translation>Dzēst %1 pavisam? Centram nav ar to saistītu rezervāciju, pieteikumu, īres līgumu vai dokumentu, tāpēc nekas cits netiks zaudēts.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="266"/>
        <source>Not deleted</source>
        <translation>Nav dzēsts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="275"/>
        <source>Forget this person</source>
        <translation>Aizmirst šo personu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="276"/>
        <source>Remove %1&apos;s name, phone, e-mail and notes everywhere the centre keeps them? The organisation&apos;s bookings and applications stay, without this person&apos;s details. This cannot be undone.</source>
        <translation>Izdzēst personas %1 vārdu, tālruni, e-pastu un piezīmes visur, kur centrs tos glabā? Organizācijas rezervācijas un pieteikumi paliks, bet bez šīs personas datiem. To nevar atsaukt.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="289"/>
        <source>Export this person&apos;s data</source>
        <translation>Eksportēt personas datus</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="289"/>
        <source>JSON files (*.json)</source>
        <translation>JSON faili (*.json)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="301"/>
        <source>Not exported</source>
        <translation>Nav eksportēts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="294"/>
        <source>Exported</source>
        <translation>Eksportēts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="295"/>
        <source>Everything the centre holds about %1 was written to %2.</source>
        <translation>Viss, ko centrs glabā par personu %1, ir ierakstīts failā %2.</translation>
    </message>
</context>
</TS>
