<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>ApplicationStatus</name>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="43"/>
        <source>applied</source>
        <translation>pieteicies</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="44"/>
        <source>accepted</source>
        <translation>apstiprināts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="45"/>
        <source>on the waiting list</source>
        <translation>gaidīšanas sarakstā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="46"/>
        <source>rejected</source>
        <translation>noraidīts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="47"/>
        <source>cancelled</source>
        <translation>atcelts</translation>
    </message>
</context>
<context>
    <name>BookingStatus</name>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="35"/>
        <source>enquiry</source>
        <translation>pieprasījums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="36"/>
        <source>provisional</source>
        <translation>provizoriska</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="37"/>
        <source>confirmed</source>
        <translation>apstiprināta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="38"/>
        <source>cancelled</source>
        <translation>atcelta</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="48"/>
        <source>arrived</source>
        <translation>ieradies</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="49"/>
        <source>no-show</source>
        <translation>neieradies</translation>
    </message>
</context>
<context>
    <name>FairKind</name>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="50"/>
        <source>charity fair</source>
        <translation>labdarības tirdziņš</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="51"/>
        <source>seasonal market</source>
        <translation>sezonas tirgus</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="52"/>
        <source>market day</source>
        <translation>tirgus diena</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="53"/>
        <source>other event</source>
        <translation>cits pasākums</translation>
    </message>
</context>
<context>
    <name>LandmarkKind</name>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="61"/>
        <source>stage</source>
        <translation>skatuve</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="62"/>
        <source>entrance</source>
        <translation>ieeja</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="63"/>
        <source>toilets</source>
        <translation>tualetes</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="64"/>
        <source>information</source>
        <translation>informācija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="65"/>
        <source>power point</source>
        <translation>elektrības pieslēgums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="66"/>
        <source>label</source>
        <translation>uzraksts</translation>
    </message>
</context>
<context>
    <name>LegalForm</name>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="67"/>
        <source>association</source>
        <translation>biedrība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="68"/>
        <source>foundation</source>
        <translation>nodibinājums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="69"/>
        <source>limited company</source>
        <translation>SIA</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="70"/>
        <source>individual merchant</source>
        <translation>IK</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="71"/>
        <source>farm</source>
        <translation>Z/S</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="72"/>
        <source>self-employed</source>
        <translation>pašnodarbinātais</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="73"/>
        <source>municipal institution</source>
        <translation>pašvaldības iestāde</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="74"/>
        <source>religious organisation</source>
        <translation>reliģiskā organizācija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="75"/>
        <source>informal group</source>
        <translation>neformāla grupa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="76"/>
        <source>other form</source>
        <translation>cita forma</translation>
    </message>
</context>
<context>
    <name>MembershipStatus</name>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="81"/>
        <source>not a member</source>
        <translation>nav biedrs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="82"/>
        <source>member</source>
        <translation>biedrs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="83"/>
        <source>membership lapsed</source>
        <translation>dalība beigusies</translation>
    </message>
</context>
<context>
    <name>OrganisationKind</name>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="77"/>
        <source>NGO</source>
        <translation>NVO</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="78"/>
        <source>entrepreneur</source>
        <translation>uzņēmējs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="79"/>
        <source>municipal body</source>
        <translation>pašvaldības institūcija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="80"/>
        <source>other</source>
        <translation>cits</translation>
    </message>
</context>
<context>
    <name>PaymentStatus</name>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="39"/>
        <source>free of charge</source>
        <translation>bez maksas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="40"/>
        <source>unpaid</source>
        <translation>nav samaksāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="41"/>
        <source>paid</source>
        <translation>samaksāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="42"/>
        <source>waived</source>
        <translation>atbrīvots no maksas</translation>
    </message>
</context>
<context>
    <name>VendorCategory</name>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="54"/>
        <source>handicraft</source>
        <translation>rokdarbi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="55"/>
        <source>food</source>
        <translation>pārtika</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="56"/>
        <source>second-hand</source>
        <translation>lietotas preces</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="57"/>
        <source>services</source>
        <translation>pakalpojumi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="58"/>
        <source>information stand</source>
        <translation>informācijas stends</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="59"/>
        <source>plants</source>
        <translation>stādi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="60"/>
        <source>other</source>
        <translation>citas preces</translation>
    </message>
</context>
</TS>
