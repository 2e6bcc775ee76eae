<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>PremisesPage</name>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="69"/>
        <source>Find by name or address</source>
        <translation>Meklēt pēc nosaukuma vai adreses</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="76"/>
        <source>Show archived</source>
        <translation>Rādīt arhivētās</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="78"/>
        <source>Add premises…</source>
        <translation>Pievienot telpas…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="80"/>
        <source>Edit…</source>
        <translation>Labot…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="82"/>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="220"/>
        <source>Archive</source>
        <translation>Arhivēt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="104"/>
        <source>Let to a tenant…</source>
        <translation>Izīrēt…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="106"/>
        <source>Edit tenancy…</source>
        <translation>Labot īri…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="108"/>
        <source>End early…</source>
        <translation>Izbeigt pirms termiņa…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="110"/>
        <source>Agreement summary PDF…</source>
        <translation>Līguma kopsavilkums PDF…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="192"/>
        <source>Choose premises above</source>
        <translation>Izvēlieties telpas augšā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="215"/>
        <source>no photo</source>
        <translation>nav foto</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="217"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Owner: %3&lt;br&gt;Tenants at a time: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Īpašnieks: %3&lt;br&gt;Īrnieki vienlaikus: %4</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="220"/>
        <source>Restore</source>
        <translation>Atjaunot</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="267"/>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="299"/>
        <source>Not saved</source>
        <translation>Nav saglabāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="303"/>
        <source>End the tenancy of %1 early</source>
        <translation>Izbeigt nomu pirms termiņa — %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/premises_page.py" line="304"/>
        <source>Let the tenancy of %1 run its term</source>
        <translation>Turpināt nomu līdz termiņa beigām — %1</translation>
    </message>
</context>
</TS>
