<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>PremisesDialog</name>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="54"/>
        <source>Edit premises</source>
        <translation>Labot telpas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="54"/>
        <source>New premises</source>
        <translation>Jaunas telpas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="60"/>
        <source>e.g. Shop front on Pils iela</source>
        <translation>piem., Veikala telpas Pils ielā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="61"/>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="187"/>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="63"/>
        <source>Street, house, town</source>
        <translation>Iela, māja, pilsēta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="64"/>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="188"/>
        <source>Address</source>
        <translation>Adrese</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="69"/>
        <source>not given</source>
        <translation>nav norādīta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="71"/>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="189"/>
        <source>Area</source>
        <translation>Platība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="74"/>
        <source>An organisation, or a person&apos;s name</source>
        <translation>Organizācija vai personas vārds</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="78"/>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="190"/>
        <source>Owner</source>
        <translation>Īpašnieks</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="81"/>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="191"/>
        <source>Base rent a month</source>
        <translation>Pamata nomas maksa mēnesī</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="83"/>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="192"/>
        <source>Electricity a month (estimate)</source>
        <translation>Elektrība mēnesī (aplēse)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="85"/>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="193"/>
        <source>Water a month (estimate)</source>
        <translation>Ūdens mēnesī (aplēse)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="87"/>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="194"/>
        <source>Heating a month (estimate)</source>
        <translation>Apkure mēnesī (aplēse)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="91"/>
        <source>How many tenants may share the premises at the same time</source>
        <translation>Cik nomnieku telpas var izmantot vienlaikus</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="92"/>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="195"/>
        <source>Tenants at a time</source>
        <translation>Nomnieki vienlaikus</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="99"/>
        <source>Choose photo…</source>
        <translation>Izvēlēties foto…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="101"/>
        <source>Remove photo</source>
        <translation>Noņemt foto</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="110"/>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="196"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="114"/>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="197"/>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="117"/>
        <source>Save</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="118"/>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="134"/>
        <source>Type an amount in euros, e.g. 120 or 120,50.</source>
        <translation>Ierakstiet summu eiro, piem., 120 vai 120,50.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="163"/>
        <source>Not saved</source>
        <translation>Nav saglabāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="166"/>
        <source>these premises</source>
        <translation>šīs telpas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="202"/>
        <source>Choose a photo of the premises</source>
        <translation>Izvēlieties telpu fotoattēlu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="202"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Attēli (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="209"/>
        <source>The chosen file is not an image this program can read.</source>
        <translation>Izvēlētais fails nav attēls, ko šī programma var nolasīt.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_form.py" line="229"/>
        <source>no photo</source>
        <translation>nav foto</translation>
    </message>
</context>
</TS>
