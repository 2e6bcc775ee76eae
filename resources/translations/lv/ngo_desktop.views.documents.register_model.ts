<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>DocumentActions</name>
    <message>
        <location filename="../../../ngo_desktop/views/documents/register_model.py" line="34"/>
        <source>Previewed</source>
        <translation>Apskatīts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/register_model.py" line="35"/>
        <source>Printed</source>
        <translation>Izdrukāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/register_model.py" line="36"/>
        <source>Saved as PDF</source>
        <translation>Saglabāts PDF</translation>
    </message>
</context>
<context>
    <name>DocumentKinds</name>
    <message>
        <location filename="../../../ngo_desktop/views/documents/register_model.py" line="18"/>
        <source>Booking sheet</source>
        <translation>Rezervācijas lapa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/register_model.py" line="19"/>
        <source>Door sign</source>
        <translation>Durvju zīme</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/register_model.py" line="20"/>
        <source>Week schedule</source>
        <translation>Nedēļas grafiks</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/register_model.py" line="21"/>
        <source>Flyer</source>
        <translation>Afiša</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/register_model.py" line="22"/>
        <source>Stall plan</source>
        <translation>Tirdzniecības vietu plāns</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/register_model.py" line="23"/>
        <source>Check-in sheet</source>
        <translation>Reģistrācijas lapa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/register_model.py" line="24"/>
        <source>Organisation directory</source>
        <translation>Organizāciju katalogs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/register_model.py" line="25"/>
        <source>Tenancy summary</source>
        <translation>Īres līguma kopsavilkums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/register_model.py" line="26"/>
        <source>Monthly statement</source>
        <translation>Mēneša aprēķins</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../../ngo_desktop/views/documents/register_model.py" line="54"/>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/register_model.py" line="54"/>
        <source>Document</source>
        <translation>Dokuments</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/register_model.py" line="54"/>
        <source>Title</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/register_model.py" line="54"/>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/register_model.py" line="54"/>
        <source>Printed by</source>
        <translation>Drukāja</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/register_model.py" line="55"/>
        <source>Done</source>
        <translation>Darbība</translation>
    </message>
</context>
</TS>
