<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="44"/>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="44"/>
        <source>Who</source>
        <translation>Kas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="44"/>
        <source>Action</source>
        <translation>Darbība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="44"/>
        <source>What</source>
        <translation>Kas mainīts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="44"/>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="87"/>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="45"/>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="88"/>
        <source>Room</source>
        <translation>Telpa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="75"/>
        <source>created</source>
        <translation>izveidots</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="75"/>
        <source>changed</source>
        <translation>mainīts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="76"/>
        <source>archived</source>
        <translation>arhivēts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="76"/>
        <source>restored</source>
        <translation>atjaunots</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="77"/>
        <source>cancelled</source>
        <translation>atcelts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="77"/>
        <source>deleted</source>
        <translation>dzēsts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="78"/>
        <source>anonymised</source>
        <translation>anonimizēts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="78"/>
        <source>imported</source>
        <translation>importēts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="79"/>
        <source>assigned</source>
        <translation>piešķirts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="79"/>
        <source>unassigned</source>
        <translation>noņemts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="80"/>
        <source>printed</source>
        <translation>izdrukāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="86"/>
        <source>Booking</source>
        <translation>Rezervācija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="86"/>
        <source>Booking series</source>
        <translation>Rezervāciju sērija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="87"/>
        <source>Contact person</source>
        <translation>Kontaktpersona</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="88"/>
        <source>Site</source>
        <translation>Filiāle</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="88"/>
        <source>Closure</source>
        <translation>Slēgšana</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="89"/>
        <source>Fair</source>
        <translation>Tirdziņš</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="89"/>
        <source>Programme item</source>
        <translation>Programmas punkts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="90"/>
        <source>Stall plan</source>
        <translation>Tirdzniecības vietu plāns</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="90"/>
        <source>Stall</source>
        <translation>Tirdzniecības vieta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="90"/>
        <source>Plan label</source>
        <translation>Plāna uzraksts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="91"/>
        <source>Stall assignment</source>
        <translation>Tirdzniecības vietas piešķiršana</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="91"/>
        <source>Stall price</source>
        <translation>Vietas maksa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="92"/>
        <source>Vendor application</source>
        <translation>Tirgotāja pieteikums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="92"/>
        <source>Vendor&apos;s day</source>
        <translation>Tirgotāja diena</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="93"/>
        <source>Pop-up premises</source>
        <translation>Pop-up telpa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="93"/>
        <source>Tenancy</source>
        <translation>Noma</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="94"/>
        <source>Tenancy payment</source>
        <translation>Nomas maksājums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="94"/>
        <source>Centre&apos;s details</source>
        <translation>Centra dati</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="95"/>
        <source>Printed document</source>
        <translation>Izdrukāts dokuments</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/audit/table_model.py" line="95"/>
        <source>Demo data</source>
        <translation>Demonstrācijas dati</translation>
    </message>
</context>
</TS>
