<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>EndEarlyDialog</name>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="262"/>
        <source>End tenancy early</source>
        <translation>Izbeigt nomu pirms termiņa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="264"/>
        <source>Tenant</source>
        <translation>Nomnieks</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="268"/>
        <source>Last day</source>
        <translation>Pēdējā diena</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="270"/>
        <source>End tenancy</source>
        <translation>Izbeigt nomu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="271"/>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
</context>
<context>
    <name>ReductionEditor</name>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="62"/>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="100"/>
        <source>no reduction</source>
        <translation>bez atlaides</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="63"/>
        <source>percent off</source>
        <translation>procenti</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="64"/>
        <source>amount off a month</source>
        <translation>summa mēnesī</translation>
    </message>
</context>
<context>
    <name>TenancyDialog</name>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="117"/>
        <source>Edit tenancy</source>
        <translation>Labot nomu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="117"/>
        <source>New tenancy</source>
        <translation>Jauna noma</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="123"/>
        <source>Type a few letters of the tenant&apos;s name</source>
        <translation>Ierakstiet dažus burtus no nomnieka nosaukuma</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="126"/>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="243"/>
        <source>Tenant</source>
        <translation>Nomnieks</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="128"/>
        <source>e.g. toy workshop, beauty therapist</source>
        <translation>piem., rotaļlietu darbnīca, kosmetoloģe</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="129"/>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="244"/>
        <source>What they do there</source>
        <translation>Ko tur dara</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="137"/>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="245"/>
        <source>Term (first and last day)</source>
        <translation>Termiņš (pirmā un pēdējā diena)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="143"/>
        <source>The tenant&apos;s share of the base rent and of the utilities</source>
        <translation>Nomnieka daļa no pamata nomas maksas un komunālajiem maksājumiem</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="144"/>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="246"/>
        <source>Share of rent and utilities</source>
        <translation>Daļa no nomas maksas un komunālajiem maksājumiem</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="146"/>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="247"/>
        <source>Rent reduction</source>
        <translation>Nomas maksas atlaide</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="148"/>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="249"/>
        <source>Utilities reduction</source>
        <translation>Komunālo maksājumu atlaide</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="151"/>
        <source>Decision No.</source>
        <translation>Lēmuma Nr.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="152"/>
        <source>dated</source>
        <translation>datēts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="160"/>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="252"/>
        <source>Municipality&apos;s decision</source>
        <translation>Pašvaldības lēmums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="163"/>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="253"/>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="166"/>
        <source>Save</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="167"/>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="180"/>
        <source>Choose the tenant from the list (type to search).</source>
        <translation>Izvēlieties nomnieku no saraksta (rakstiet, lai meklētu).</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="185"/>
        <source>Type an amount in euros, e.g. 50 or 50,00.</source>
        <translation>Ierakstiet summu eiro, piem., 50 vai 50,00.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="219"/>
        <source>Not saved</source>
        <translation>Nav saglabāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="222"/>
        <source>this tenancy</source>
        <translation>šo nomu</translation>
    </message>
</context>
</TS>
