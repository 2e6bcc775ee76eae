<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>FairLabels</name>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/labels.py" line="20"/>
        <source>charity fair</source>
        <translation>labdarības tirdziņš</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/labels.py" line="21"/>
        <source>seasonal market</source>
        <translation>sezonas tirgus</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/labels.py" line="22"/>
        <source>market day</source>
        <translation>tirgus diena</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/labels.py" line="23"/>
        <source>other event</source>
        <translation>cits pasākums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/labels.py" line="26"/>
        <source>handicraft</source>
        <translation>rokdarbi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/labels.py" line="27"/>
        <source>food</source>
        <translation>pārtika</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/labels.py" line="28"/>
        <source>second-hand</source>
        <translation>lietotas preces</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/labels.py" line="29"/>
        <source>services</source>
        <translation>pakalpojumi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/labels.py" line="30"/>
        <source>information stand</source>
        <translation>informācijas stends</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/labels.py" line="31"/>
        <source>plants</source>
        <translation>stādi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/labels.py" line="32"/>
        <source>other</source>
        <translation>cits</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/labels.py" line="35"/>
        <source>applied</source>
        <translation>pieteicies</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/labels.py" line="36"/>
        <source>accepted</source>
        <translation>apstiprināts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/labels.py" line="37"/>
        <source>waitlisted</source>
        <translation>gaidīšanas sarakstā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/labels.py" line="38"/>
        <source>rejected</source>
        <translation>noraidīts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/labels.py" line="39"/>
        <source>cancelled</source>
        <translation>atcelts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/labels.py" line="42"/>
        <source>nothing due</source>
        <translation>nav jāmaksā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/labels.py" line="43"/>
        <source>unpaid</source>
        <translation>nav samaksāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/labels.py" line="44"/>
        <source>paid</source>
        <translation>samaksāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/labels.py" line="45"/>
        <source>waived</source>
        <translation>atbrīvots no maksas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/labels.py" line="48"/>
        <source>stage</source>
        <translation>skatuve</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/labels.py" line="49"/>
        <source>entrance</source>
        <translation>ieeja</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/labels.py" line="50"/>
        <source>toilets</source>
        <translation>tualetes</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/labels.py" line="51"/>
        <source>information</source>
        <translation>informācija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/labels.py" line="52"/>
        <source>power point</source>
        <translation>elektrības pieslēgums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/labels.py" line="53"/>
        <source>label</source>
        <translation>uzraksts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/labels.py" line="56"/>
        <source>arrived</source>
        <translation>ieradies</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/labels.py" line="57"/>
        <source>no-show</source>
        <translation>neieradās</translation>
    </message>
</context>
<context>
    <name>FairRefusal</name>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/labels.py" line="91"/>
        <source>Not possible</source>
        <translation>Nav iespējams</translation>
    </message>
</context>
</TS>
