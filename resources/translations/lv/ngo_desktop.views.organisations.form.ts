<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>OrganisationForm</name>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="60"/>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="64"/>
        <source>e.g. biedrība „Alūksnes pensionāri”</source>
        <translation>piem., biedrība „Alūksnes pensionāri”</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="65"/>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="253"/>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="68"/>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="253"/>
        <source>Legal form</source>
        <translation>Juridiskā forma</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="70"/>
        <source>11 digits, e.g. 40008012345</source>
        <translation>11 cipari, piem., 40008012345</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="71"/>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="253"/>
        <source>Registration number</source>
        <translation>Reģistrācijas numurs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="74"/>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="253"/>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="76"/>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="254"/>
        <source>Address</source>
        <translation>Adrese</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="79"/>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="254"/>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="82"/>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="254"/>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="85"/>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="254"/>
        <source>Website</source>
        <translation>Tīmekļa vietne</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="87"/>
        <source>Printed on the flyers of fairs this organisation partners</source>
        <translation>Tiek drukāts uz to tirdziņu afišām, kuros šī organizācija ir partnere</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="89"/>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="258"/>
        <source>Logo</source>
        <translation>Logotips</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="92"/>
        <source>Membership</source>
        <translation>Dalība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="96"/>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="254"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="109"/>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="255"/>
        <source>Member since</source>
        <translation>Biedrs kopš</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="113"/>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="255"/>
        <source>Last year paid</source>
        <translation>Pēdējais samaksātais gads</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="115"/>
        <source>e.g. 12,50</source>
        <translation>piem., 12,50</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="116"/>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="255"/>
        <source>Fee (€ a year)</source>
        <translation>Biedru nauda (€ gadā)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="119"/>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="256"/>
        <source>Fields of activity</source>
        <translation>Darbības jomas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="126"/>
        <source>Another field, e.g. Vide</source>
        <translation>Cita joma, piem., Vide</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="128"/>
        <source>Add</source>
        <translation>Pievienot</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="135"/>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="256"/>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="263"/>
        <source>Write the fee in euro, e.g. 12,50.</source>
        <translation>Ierakstiet biedru naudu eiro, piem., 12,50.</translation>
    </message>
</context>
</TS>
