<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="44"/>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="75"/>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="44"/>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="75"/>
        <source>Who</source>
        <translation>Kas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="44"/>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="75"/>
        <source>Action</source>
        <translation>Darbība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="44"/>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="75"/>
        <source>What</source>
        <translation>Kas mainīts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="44"/>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="87"/>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="75"/>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="112"/>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="45"/>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="88"/>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="76"/>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="113"/>
        <source>Room</source>
        <translation>Telpa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="75"/>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="100"/>
        <source>created</source>
        <translation>izveidots</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="75"/>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="100"/>
        <source>changed</source>
        <translation>mainīts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="76"/>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="101"/>
        <source>archived</source>
        <translation>arhivēts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="76"/>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="101"/>
        <source>restored</source>
        <translation>atjaunots</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="77"/>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="102"/>
        <source>cancelled</source>
        <translation>atcelts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="77"/>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="102"/>
        <source>deleted</source>
        <translation>dzēsts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="78"/>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="103"/>
        <source>anonymised</source>
        <translation>anonimizēts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="78"/>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="103"/>
        <source>imported</source>
        <translation>importēts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="79"/>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="104"/>
        <source>assigned</source>
        <translation>piešķirts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="79"/>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="104"/>
        <source>unassigned</source>
        <translation>noņemts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="80"/>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="105"/>
        <source>printed</source>
        <translation>izdrukāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="86"/>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="111"/>
        <source>Booking</source>
        <translation>Rezervācija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="86"/>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="111"/>
        <source>Booking series</source>
        <translation>Rezervāciju sērija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="87"/>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="112"/>
        <source>Contact person</source>
        <translation>Kontaktpersona</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="88"/>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="113"/>
        <source>Site</source>
        <translation>Filiāle</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="88"/>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="113"/>
        <source>Closure</source>
        <translation>Slēgšana</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="89"/>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="114"/>
        <source>Fair</source>
        <translation>Tirdziņš</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="89"/>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="114"/>
        <source>Programme item</source>
        <translation>Programmas punkts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="90"/>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="115"/>
        <source>Stall plan</source>
        <translation>Vietu plāns</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="90"/>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="115"/>
        <source>Stall</source>
        <translation>Tirdzniecības vieta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="90"/>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="115"/>
        <source>Plan label</source>
        <translation>Plāna uzraksts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="91"/>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="116"/>
        <source>Stall assignment</source>
        <translation>Tirdzniecības vietas piešķiršana</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="91"/>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="116"/>
        <source>Stall price</source>
        <translation>Vietas maksa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="92"/>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="117"/>
        <source>Vendor application</source>
        <translation>Tirgotāja pieteikums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="92"/>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="117"/>
        <source>Vendor&apos;s day</source>
        <translation>Tirgotāja diena</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="93"/>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="118"/>
        <source>Pop-up premises</source>
        <translation>Pop-up telpa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="93"/>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="118"/>
        <source>Tenancy</source>
        <translation>Īre</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="94"/>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="119"/>
        <source>Tenancy payment</source>
        <translation>Īres maksājums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="94"/>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="119"/>
        <source>Centre&apos;s details</source>
        <translation>Centra dati</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="95"/>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="120"/>
        <source>Printed document</source>
        <translation>Izdrukāts dokuments</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="95"/>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="120"/>
        <source>Demo data</source>
        <translation>Demonstrācijas dati</translation>
    </message>
</context>
</TS>
