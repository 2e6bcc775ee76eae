<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>OrganisationForm</name>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="59"/>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="63"/>
        <source>e.g. biedrība „Alūksnes pensionāri”</source>
        <translation>piem., biedrība „Alūksnes pensionāri”</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="64"/>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="241"/>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="67"/>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="241"/>
        <source>Legal form</source>
        <translation>Juridiskā forma</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="69"/>
        <source>11 digits, e.g. 40008012345</source>
        <translation>11 cipari, piem., 40008012345</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="70"/>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="241"/>
        <source>Registration number</source>
        <translation>Reģistrācijas numurs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="73"/>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="241"/>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="75"/>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="242"/>
        <source>Address</source>
        <translation>Adrese</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="78"/>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="242"/>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="81"/>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="242"/>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="84"/>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="242"/>
        <source>Website</source>
        <translation>Mājaslapa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="86"/>
        <source>Printed on the flyers of fairs this organisation partners</source>
        <translation>Tiek drukāts uz to tirdziņu afišām, kuros šī organizācija ir partnere</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="88"/>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="246"/>
        <source>Logo</source>
        <translation>Logotips</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="91"/>
        <source>Membership</source>
        <translation>Dalība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="95"/>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="242"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="97"/>
        <source>not given</source>
        <translation>nav norādīts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="98"/>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="243"/>
        <source>Member since</source>
        <translation>Biedrs kopš</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="102"/>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="243"/>
        <source>Last year paid</source>
        <translation>Pēdējais apmaksātais gads</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="104"/>
        <source>e.g. 12,50</source>
        <translation>piem., 12,50</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="105"/>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="243"/>
        <source>Fee (€ a year)</source>
        <translation>Maksa (€ gadā)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="108"/>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="244"/>
        <source>Fields of activity</source>
        <translation>Darbības jomas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="115"/>
        <source>Another field, e.g. Vide</source>
        <translation>Cita joma, piem., Vide</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="117"/>
        <source>Add</source>
        <translation>Pievienot</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="124"/>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="244"/>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/form.py" line="255"/>
        <source>Write the fee in euro, e.g. 12,50.</source>
        <translation>Ierakstiet maksu eiro, piem., 12,50.</translation>
    </message>
</context>
</TS>
