<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>OrganisationTableModel</name>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/table_model.py" line="43"/>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/table_model.py" line="44"/>
        <source>Legal form</source>
        <translation>Juridiskā forma</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/table_model.py" line="45"/>
        <source>Registration no.</source>
        <translation>Reģ. nr.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/table_model.py" line="46"/>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/table_model.py" line="47"/>
        <source>Membership</source>
        <translation>Dalība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/table_model.py" line="48"/>
        <source>Main contact</source>
        <translation>Kontaktpersona</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/table_model.py" line="49"/>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/table_model.py" line="50"/>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/table_model.py" line="51"/>
        <source>Fields of activity</source>
        <translation>Darbības jomas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/table_model.py" line="110"/>
        <source>Archived</source>
        <translation>Arhivēta</translation>
    </message>
</context>
</TS>
