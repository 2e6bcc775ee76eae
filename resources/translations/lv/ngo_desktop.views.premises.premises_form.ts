<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>PremisesDialog</name>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="55"/>
        <source>Edit premises</source>
        <translation>Labot telpas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="55"/>
        <source>New premises</source>
        <translation>Jaunas telpas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="61"/>
        <source>e.g. Shop front on Pils iela</source>
        <translation>piem., Veikala telpas Pils ielā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="62"/>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="198"/>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="64"/>
        <source>Street, house, town</source>
        <translation>Iela, māja, pilsēta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="65"/>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="199"/>
        <source>Address</source>
        <translation>Adrese</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="70"/>
        <source>not given</source>
        <translation>nav norādīta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="72"/>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="200"/>
        <source>Area</source>
        <translation>Platība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="75"/>
        <source>An organisation, or a person&apos;s name</source>
        <translation>Organizācija vai personas vārds</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="79"/>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="201"/>
        <source>Owner</source>
        <translation>Īpašnieks</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="82"/>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="202"/>
        <source>Base rent a month</source>
        <translation>Pamata nomas maksa mēnesī</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="84"/>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="203"/>
        <source>Electricity a month (estimate)</source>
        <translation>Elektrība mēnesī (aplēse)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="86"/>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="204"/>
        <source>Water a month (estimate)</source>
        <translation>Ūdens mēnesī (aplēse)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="88"/>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="205"/>
        <source>Heating a month (estimate)</source>
        <translation>Apkure mēnesī (aplēse)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="91"/>
        <source>Only an administrator can change the rent and charges.</source>
        <translation>Nomas maksu un komunālos maksājumus var mainīt tikai administrators.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="101"/>
        <source>How many tenants may share the premises at the same time</source>
        <translation>Cik nomnieku telpas var izmantot vienlaikus</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="102"/>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="206"/>
        <source>Tenants at a time</source>
        <translation>Nomnieki vienlaikus</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="109"/>
        <source>Choose photo…</source>
        <translation>Izvēlēties foto…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="111"/>
        <source>Remove photo</source>
        <translation>Noņemt foto</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="120"/>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="207"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="124"/>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="208"/>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="127"/>
        <source>Save</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="128"/>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="148"/>
        <source>Type an amount in euros, e.g. 120 or 120,50.</source>
        <translation>Ierakstiet summu eiro, piem., 120 vai 120,50.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="177"/>
        <source>Not saved</source>
        <translation>Nav saglabāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="180"/>
        <source>these premises</source>
        <translation>šīs telpas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="213"/>
        <source>Choose a photo of the premises</source>
        <translation>Izvēlieties telpu fotoattēlu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="213"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Attēli (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="220"/>
        <source>The chosen file is not an image this program can read.</source>
        <translation>Izvēlētais fails nav attēls, ko šī programma var nolasīt.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="240"/>
        <source>no photo</source>
        <translation>nav foto</translation>
    </message>
</context>
</TS>
