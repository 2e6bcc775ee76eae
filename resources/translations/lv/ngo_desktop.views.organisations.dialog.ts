<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="85"/>
        <source>Details</source>
        <translation>Pamatdati</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="86"/>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="201"/>
        <source>Contact people</source>
        <translation>Kontaktpersonas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="89"/>
        <source>Save</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="93"/>
        <source>Delete…</source>
        <translation>Dzēst…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="94"/>
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="131"/>
        <source>New organisation</source>
        <translation>Jauna organizācija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="133"/>
        <source>Restore from archive</source>
        <translation>Atjaunot no arhīva</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="133"/>
        <source>Archive</source>
        <translation>Arhivēt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="189"/>
        <source>Not saved</source>
        <translation>Nav saglabāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="202"/>
        <source>this organisation</source>
        <translation>šo organizāciju</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="213"/>
        <source>%1 already has the registration number %2.</source>
        <translation>Reģistrācijas numurs %2 jau pieder organizācijai %1.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="216"/>
        <source>%1 looks like the same organisation.</source>
        <translation>%1 izskatās pēc tās pašas organizācijas.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="218"/>
        <source>It is archived.</source>
        <translation>Tā ir arhivēta.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="219"/>
        <source>Already in the registry?</source>
        <translation>Jau ir reģistrā?</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="220"/>
        <source>Open the existing organisation instead of creating a new one?</source>
        <translation>Atvērt esošo organizāciju, nevis veidot jaunu?</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="222"/>
        <source>Open the existing one</source>
        <translation>Atvērt esošo</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="223"/>
        <source>Create a new one anyway</source>
        <translation>Tomēr izveidot jaunu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="224"/>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="249"/>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="292"/>
        <source>Not changed</source>
        <translation>Nav mainīts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="266"/>
        <source>Delete organisation</source>
        <translation>Dzēst organizāciju</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="267"/>
        <source>Delete %1 for good? The centre has no bookings, applications, tenancies or documents for it, so nothing else is lost.</source>
        <translation>Dzēst %1 pavisam? Centram nav ar to saistītu rezervāciju, pieteikumu, īres līgumu vai dokumentu, tāpēc nekas cits netiks zaudēts.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="274"/>
        <source>Not deleted</source>
        <translation>Nav dzēsts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="283"/>
        <source>Forget this person</source>
        <translation>Aizmirst šo personu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="284"/>
        <source>Remove %1&apos;s name, phone, e-mail and notes everywhere the centre keeps them? The organisation&apos;s bookings and applications stay, without this person&apos;s details. This cannot be undone.</source>
        <translation>Izdzēst personas %1 vārdu, tālruni, e-pastu un piezīmes visur, kur centrs tos glabā? Organizācijas rezervācijas un pieteikumi paliks, bet bez šīs personas datiem. To nevar atsaukt.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="297"/>
        <source>Export this person&apos;s data</source>
        <translation>Eksportēt personas datus</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="297"/>
        <source>JSON files (*.json)</source>
        <translation>JSON faili (*.json)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="309"/>
        <source>Not exported</source>
        <translation>Nav eksportēts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="302"/>
        <source>Exported</source>
        <translation>Eksportēts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/dialog.py" line="303"/>
        <source>Everything the centre holds about %1 was written to %2.</source>
        <translation>Viss, ko centrs glabā par personu %1, ir ierakstīts failā %2.</translation>
    </message>
</context>
</TS>
