<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>OrganisationTableModel</name>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/table_model.py" line="93"/>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/table_model.py" line="94"/>
        <source>Legal form</source>
        <translation>Juridiskā forma</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/table_model.py" line="95"/>
        <source>Registration no.</source>
        <translation>Reģ. Nr.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/table_model.py" line="96"/>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/table_model.py" line="97"/>
        <source>Membership</source>
        <translation>Dalība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/table_model.py" line="98"/>
        <source>Main contact</source>
        <translation>Kontaktpersona</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/table_model.py" line="99"/>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/table_model.py" line="100"/>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/table_model.py" line="101"/>
        <source>Fields of activity</source>
        <translation>Darbības jomas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/table_model.py" line="177"/>
        <source>Archived</source>
        <translation>Arhivēta</translation>
    </message>
</context>
</TS>
