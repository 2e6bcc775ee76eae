<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>PremisesPage</name>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="57"/>
        <source>Find by name or address</source>
        <translation>Meklēt pēc nosaukuma vai adreses</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="60"/>
        <source>Show archived</source>
        <translation>Rādīt arhivētās</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="62"/>
        <source>Add premises…</source>
        <translation>Pievienot telpas…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="64"/>
        <source>Edit…</source>
        <translation>Labot…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="66"/>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="178"/>
        <source>Archive</source>
        <translation>Arhivēt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="87"/>
        <source>Let to a tenant…</source>
        <translation>Izīrēt…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="89"/>
        <source>Edit tenancy…</source>
        <translation>Labot īri…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="91"/>
        <source>End early…</source>
        <translation>Izbeigt pirms termiņa…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="93"/>
        <source>Agreement summary PDF…</source>
        <translation>Līguma kopsavilkums PDF…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="163"/>
        <source>Choose premises above</source>
        <translation>Izvēlieties telpas augšā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="173"/>
        <source>no photo</source>
        <translation>nav foto</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="175"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Owner: %3&lt;br&gt;Tenants at a time: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Īpašnieks: %3&lt;br&gt;Īrnieki vienlaikus: %4</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="178"/>
        <source>Restore</source>
        <translation>Atjaunot</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="214"/>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="247"/>
        <source>Not saved</source>
        <translation>Nav saglabāts</translation>
    </message>
</context>
</TS>
