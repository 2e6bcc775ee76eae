<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>OrganisationLabels</name>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/labels.py" line="25"/>
        <source>association</source>
        <translation>biedrība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/labels.py" line="26"/>
        <source>foundation</source>
        <translation>nodibinājums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/labels.py" line="27"/>
        <source>limited company</source>
        <translation>SIA</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/labels.py" line="28"/>
        <source>individual merchant</source>
        <translation>individuālais komersants</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/labels.py" line="29"/>
        <source>self-employed</source>
        <translation>pašnodarbinātais</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/labels.py" line="30"/>
        <source>municipal institution</source>
        <translation>pašvaldības iestāde</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/labels.py" line="31"/>
        <source>religious organisation</source>
        <translation>reliģiska organizācija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/labels.py" line="32"/>
        <source>informal group</source>
        <translation>neformāla grupa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/labels.py" line="33"/>
        <source>other form</source>
        <translation>cita forma</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/labels.py" line="34"/>
        <source>NGO</source>
        <translation>NVO</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/labels.py" line="35"/>
        <source>entrepreneur</source>
        <translation>uzņēmējs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/labels.py" line="36"/>
        <source>municipal body</source>
        <translation>pašvaldības institūcija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/labels.py" line="37"/>
        <source>other</source>
        <translation>cits</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/labels.py" line="38"/>
        <source>not a member</source>
        <translation>nav biedrs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/labels.py" line="39"/>
        <source>member</source>
        <translation>biedrs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/labels.py" line="40"/>
        <source>membership lapsed</source>
        <translation>dalība beigusies</translation>
    </message>
</context>
</TS>
