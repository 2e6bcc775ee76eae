<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>OrganisationForm</name>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="57"/>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="61"/>
        <source>e.g. biedrība „Alūksnes pensionāri”</source>
        <translation>piem., biedrība „Alūksnes pensionāri”</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="62"/>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="65"/>
        <source>Legal form</source>
        <translation>Juridiskā forma</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="67"/>
        <source>11 digits, e.g. 40008012345</source>
        <translation>11 cipari, piem., 40008012345</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="68"/>
        <source>Registration number</source>
        <translation>Reģistrācijas numurs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="71"/>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="73"/>
        <source>Address</source>
        <translation>Adrese</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="76"/>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="79"/>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="82"/>
        <source>Website</source>
        <translation>Mājaslapa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="85"/>
        <source>Membership</source>
        <translation>Dalība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="89"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="102"/>
        <source>Member since</source>
        <translation>Biedrs kopš</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="106"/>
        <source>Last year paid</source>
        <translation>Pēdējais apmaksātais gads</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="108"/>
        <source>e.g. 12,50</source>
        <translation>piem., 12,50</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="109"/>
        <source>Fee (€ a year)</source>
        <translation>Maksa (€ gadā)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="112"/>
        <source>Fields of activity</source>
        <translation>Darbības jomas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="119"/>
        <source>Another field, e.g. Vide</source>
        <translation>Cita joma, piem., Vide</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="121"/>
        <source>Add</source>
        <translation>Pievienot</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="128"/>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="232"/>
        <source>Write the fee in euro, e.g. 12,50.</source>
        <translation>Ierakstiet maksu eiro, piem., 12,50.</translation>
    </message>
</context>
</TS>
