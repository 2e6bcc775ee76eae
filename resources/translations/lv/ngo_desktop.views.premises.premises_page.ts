<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>PremisesPage</name>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="72"/>
        <source>Find by name or address</source>
        <translation>Meklēt pēc nosaukuma vai adreses</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="79"/>
        <source>Show archived</source>
        <translation>Rādīt arhivētās</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="81"/>
        <source>Add premises…</source>
        <translation>Pievienot telpas…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="83"/>
        <source>Edit…</source>
        <translation>Labot…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="85"/>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="227"/>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="263"/>
        <source>Archive</source>
        <translation>Arhivēt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="107"/>
        <source>Let to a tenant…</source>
        <translation>Iznomāt…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="109"/>
        <source>Edit tenancy…</source>
        <translation>Labot nomu…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="111"/>
        <source>End early…</source>
        <translation>Izbeigt pirms termiņa…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="113"/>
        <source>Agreement summary PDF…</source>
        <translation>Līguma kopsavilkums PDF…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="199"/>
        <source>Choose premises above</source>
        <translation>Izvēlieties telpas augšā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="222"/>
        <source>no photo</source>
        <translation>nav foto</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="224"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Owner: %3&lt;br&gt;Tenants at a time: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Īpašnieks: %3&lt;br&gt;Nomnieki vienlaikus: %4</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="227"/>
        <source>Restore</source>
        <translation>Atjaunot</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="281"/>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="313"/>
        <source>Not saved</source>
        <translation>Nav saglabāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="317"/>
        <source>End the tenancy of %1 early</source>
        <translation>Izbeigt nomu pirms termiņa — %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="318"/>
        <source>Let the tenancy of %1 run its term</source>
        <translation>Turpināt nomu līdz termiņa beigām — %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="264"/>
        <source>Archive the premises „%1”? They leave the list but keep their tenancies and statements; tick “Show archived” to see them again.</source>
        <translation>Arhivēt telpas „%1”? Tās pazudīs no saraksta, bet to nomas līgumi un mēneša aprēķini paliks; lai tās atkal redzētu, atzīmējiet „Rādīt arhivētos”.</translation>
    </message>
</context>
</TS>
