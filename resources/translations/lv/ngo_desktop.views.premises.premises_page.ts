<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>PremisesPage</name>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="66"/>
        <source>Find by name or address</source>
        <translation>Meklēt pēc nosaukuma vai adreses</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="73"/>
        <source>Show archived</source>
        <translation>Rādīt arhivētās</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="75"/>
        <source>Add premises…</source>
        <translation>Pievienot telpas…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="77"/>
        <source>Edit…</source>
        <translation>Labot…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="79"/>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="213"/>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="249"/>
        <source>Archive</source>
        <translation>Arhivēt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="101"/>
        <source>Let to a tenant…</source>
        <translation>Izīrēt…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="103"/>
        <source>Edit tenancy…</source>
        <translation>Labot īri…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="105"/>
        <source>End early…</source>
        <translation>Izbeigt pirms termiņa…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="107"/>
        <source>Agreement summary PDF…</source>
        <translation>Līguma kopsavilkums PDF…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="185"/>
        <source>Choose premises above</source>
        <translation>Izvēlieties telpas augšā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="208"/>
        <source>no photo</source>
        <translation>nav foto</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="210"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Owner: %3&lt;br&gt;Tenants at a time: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Īpašnieks: %3&lt;br&gt;Īrnieki vienlaikus: %4</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="213"/>
        <source>Restore</source>
        <translation>Atjaunot</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="250"/>
        <source>Archive the premises „%1”? They leave the list but keep their tenancies and statements; tick “Show archived” to see them again.</source>
        <translation>Arhivēt telpas „%1”? Tās pazudīs no saraksta, bet to īres līgumi un aprēķini paliks; lai tās atkal redzētu, atzīmējiet „Rādīt arhivētos”.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="259"/>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="292"/>
        <source>Not saved</source>
        <translation>Nav saglabāts</translation>
    </message>
</context>
</TS>
