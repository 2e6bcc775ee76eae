<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>CentreDetailsForm</name>
    <message>
        <location filename="../../../ngo_desktop/views/centre_form.py" line="31"/>
        <source>Centre&apos;s name</source>
        <translation>Centra nosaukums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/centre_form.py" line="32"/>
        <source>e.g. Alūksnes NVO atbalsta centrs</source>
        <translation>piem., Alūksnes NVO atbalsta centrs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/centre_form.py" line="33"/>
        <source>Address</source>
        <translation>Adrese</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/centre_form.py" line="34"/>
        <source>Street, town, postcode</source>
        <translation>Iela, pilsēta, pasta indekss</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/centre_form.py" line="35"/>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/centre_form.py" line="36"/>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/centre_form.py" line="37"/>
        <source>Web address</source>
        <translation>Tīmekļa vietne</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/centre_form.py" line="43"/>
        <source>11 digits</source>
        <translation>11 cipari</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/centre_form.py" line="44"/>
        <source>Registration number</source>
        <translation>Reģistrācijas numurs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/centre_form.py" line="45"/>
        <source>Logo</source>
        <translation>Logotips</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/centre_form.py" line="46"/>
        <source>Printed on every booking sheet</source>
        <translation>Tiek drukāti uz katras rezervācijas lapas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/centre_form.py" line="48"/>
        <source>House rules</source>
        <translation>Iekšējās kārtības noteikumi</translation>
    </message>
</context>
</TS>
