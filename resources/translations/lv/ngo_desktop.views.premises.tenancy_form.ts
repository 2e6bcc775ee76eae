<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>EndEarlyDialog</name>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="270"/>
        <source>End tenancy early</source>
        <translation>Izbeigt nomu pirms termiņa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="272"/>
        <source>Tenant</source>
        <translation>Nomnieks</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="276"/>
        <source>Last day</source>
        <translation>Pēdējā diena</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="278"/>
        <source>End tenancy</source>
        <translation>Izbeigt nomu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="279"/>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
</context>
<context>
    <name>ReductionEditor</name>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="63"/>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="101"/>
        <source>no reduction</source>
        <translation>bez atlaides</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="64"/>
        <source>percent off</source>
        <translation>procenti</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="65"/>
        <source>amount off a month</source>
        <translation>summa mēnesī</translation>
    </message>
</context>
<context>
    <name>TenancyDialog</name>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="118"/>
        <source>Edit tenancy</source>
        <translation>Labot nomu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="118"/>
        <source>New tenancy</source>
        <translation>Jauna noma</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="124"/>
        <source>Type a few letters of the tenant&apos;s name</source>
        <translation>Ierakstiet dažus burtus no nomnieka nosaukuma</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="127"/>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="250"/>
        <source>Tenant</source>
        <translation>Nomnieks</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="129"/>
        <source>e.g. toy workshop, beauty therapist</source>
        <translation>piem., rotaļlietu darbnīca, kosmetoloģe</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="130"/>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="251"/>
        <source>What they do there</source>
        <translation>Ko tur dara</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="138"/>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="252"/>
        <source>Term (first and last day)</source>
        <translation>Termiņš (pirmā un pēdējā diena)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="144"/>
        <source>The tenant&apos;s share of the base rent and of the utilities</source>
        <translation>Nomnieka daļa no pamata nomas maksas un komunālajiem maksājumiem</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="145"/>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="253"/>
        <source>Share of rent and utilities</source>
        <translation>Daļa no nomas maksas un komunālajiem maksājumiem</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="149"/>
        <source>Each month is to be paid by this day of the month, as the agreement says; after it an unpaid month shows among the reminders</source>
        <translation>Par katru mēnesi jāsamaksā līdz šajā laukā norādītajam mēneša datumam, kā noteikts līgumā; pēc tā mēnesis, par kuru nav samaksāts, parādās atgādinājumos</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="151"/>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="254"/>
        <source>Rent due by day of the month</source>
        <translation>Maksājuma termiņš (mēneša datums)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="153"/>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="255"/>
        <source>Rent reduction</source>
        <translation>Nomas maksas atlaide</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="155"/>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="257"/>
        <source>Utilities reduction</source>
        <translation>Komunālo maksājumu atlaide</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="158"/>
        <source>Decision No.</source>
        <translation>Lēmuma Nr.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="159"/>
        <source>dated</source>
        <translation>datēts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="167"/>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="260"/>
        <source>Municipality&apos;s decision</source>
        <translation>Pašvaldības lēmums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="170"/>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="261"/>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="173"/>
        <source>Save</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="174"/>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="187"/>
        <source>Choose the tenant from the list (type to search).</source>
        <translation>Izvēlieties nomnieku no saraksta (rakstiet, lai meklētu).</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="192"/>
        <source>Type an amount in euros, e.g. 50 or 50,00.</source>
        <translation>Ierakstiet summu eiro, piem., 50 vai 50,00.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="226"/>
        <source>Not saved</source>
        <translation>Nav saglabāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/tenancy_form.py" line="229"/>
        <source>this tenancy</source>
        <translation>šo nomu</translation>
    </message>
</context>
</TS>
