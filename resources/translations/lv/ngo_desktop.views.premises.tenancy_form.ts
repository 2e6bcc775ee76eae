<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>EndEarlyDialog</name>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="261"/>
        <source>End tenancy early</source>
        <translation>Izbeigt īri pirms termiņa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="263"/>
        <source>Tenant</source>
        <translation>Īrnieks</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="267"/>
        <source>Last day</source>
        <translation>Pēdējā diena</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="269"/>
        <source>End tenancy</source>
        <translation>Izbeigt īri</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="270"/>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
</context>
<context>
    <name>ReductionEditor</name>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="61"/>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="99"/>
        <source>no reduction</source>
        <translation>bez atlaides</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="62"/>
        <source>percent off</source>
        <translation>procenti</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="63"/>
        <source>amount off a month</source>
        <translation>summa mēnesī</translation>
    </message>
</context>
<context>
    <name>TenancyDialog</name>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="116"/>
        <source>Edit tenancy</source>
        <translation>Labot īri</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="116"/>
        <source>New tenancy</source>
        <translation>Jauna īre</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="122"/>
        <source>Type a few letters of the tenant&apos;s name</source>
        <translation>Ierakstiet dažus burtus no īrnieka nosaukuma</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="125"/>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="242"/>
        <source>Tenant</source>
        <translation>Īrnieks</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="127"/>
        <source>e.g. toy workshop, beauty therapist</source>
        <translation>piem., rotaļlietu darbnīca, kosmetoloģe</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="128"/>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="243"/>
        <source>What they do there</source>
        <translation>Ko tur dara</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="136"/>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="244"/>
        <source>Term (first and last day)</source>
        <translation>Termiņš (pirmā un pēdējā diena)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="142"/>
        <source>The tenant&apos;s share of the base rent and of the utilities</source>
        <translation>Īrnieka daļa no pamata īres maksas un komunālajiem maksājumiem</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="143"/>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="245"/>
        <source>Share of rent and utilities</source>
        <translation>Daļa no īres un komunālajiem maksājumiem</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="145"/>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="246"/>
        <source>Rent reduction</source>
        <translation>Īres maksas atlaide</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="147"/>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="248"/>
        <source>Utilities reduction</source>
        <translation>Komunālo maksājumu atlaide</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="150"/>
        <source>Decision No.</source>
        <translation>Lēmuma Nr.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="151"/>
        <source>dated</source>
        <translation>datēts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="159"/>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="251"/>
        <source>Municipality&apos;s decision</source>
        <translation>Pašvaldības lēmums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="162"/>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="252"/>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="165"/>
        <source>Save</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="166"/>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="179"/>
        <source>Choose the tenant from the list (type to search).</source>
        <translation>Izvēlieties īrnieku no saraksta (rakstiet, lai meklētu).</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="184"/>
        <source>Type an amount in euros, e.g. 50 or 50,00.</source>
        <translation>Ierakstiet summu eiro, piem., 50 vai 50,00.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="218"/>
        <source>Not saved</source>
        <translation>Nav saglabāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="221"/>
        <source>this tenancy</source>
        <translation>šo īri</translation>
    </message>
</context>
</TS>
