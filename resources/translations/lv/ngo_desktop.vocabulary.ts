<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>ApplicationStatus</name>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="44"/>
        <source>applied</source>
        <translation>pieteicies</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="45"/>
        <source>accepted</source>
        <translation>apstiprināts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="46"/>
        <source>on the waiting list</source>
        <translation>gaidīšanas sarakstā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="47"/>
        <source>rejected</source>
        <translation>noraidīts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="48"/>
        <source>cancelled</source>
        <translation>atcelts</translation>
    </message>
</context>
<context>
    <name>BookingStatus</name>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="36"/>
        <source>enquiry</source>
        <translation>pieprasījums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="37"/>
        <source>provisional</source>
        <translation>provizoriska</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="38"/>
        <source>confirmed</source>
        <translation>apstiprināta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="39"/>
        <source>cancelled</source>
        <translation>atcelta</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="49"/>
        <source>arrived</source>
        <translation>ieradies</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="50"/>
        <source>no-show</source>
        <translation>neieradies</translation>
    </message>
</context>
<context>
    <name>DocumentKinds</name>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="110"/>
        <source>Booking sheet</source>
        <translation>Rezervācijas lapa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="111"/>
        <source>Door sign</source>
        <translation>Durvju zīme</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="112"/>
        <source>Week schedule</source>
        <translation>Nedēļas grafiks</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="113"/>
        <source>Flyer</source>
        <translation>Afiša</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="114"/>
        <source>Stall plan</source>
        <translation>Tirdzniecības vietu plāns</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="115"/>
        <source>Check-in sheet</source>
        <translation>Reģistrācijas lapa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="116"/>
        <source>Organisation directory</source>
        <translation>Organizāciju katalogs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="117"/>
        <source>Tenancy agreement summary</source>
        <translation>Nomas līguma kopsavilkums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="118"/>
        <source>Monthly statement</source>
        <translation>Mēneša aprēķins</translation>
    </message>
</context>
<context>
    <name>FairKind</name>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="51"/>
        <source>charity fair</source>
        <translation>labdarības tirdziņš</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="52"/>
        <source>seasonal market</source>
        <translation>sezonas tirgus</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="53"/>
        <source>market day</source>
        <translation>tirgus diena</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="54"/>
        <source>other event</source>
        <translation>cits pasākums</translation>
    </message>
</context>
<context>
    <name>LandmarkKind</name>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="62"/>
        <source>stage</source>
        <translation>skatuve</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="63"/>
        <source>entrance</source>
        <translation>ieeja</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="64"/>
        <source>toilets</source>
        <translation>tualetes</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="65"/>
        <source>information</source>
        <translation>informācija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="66"/>
        <source>power point</source>
        <translation>elektrības pieslēgums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="67"/>
        <source>label</source>
        <translation>uzraksts</translation>
    </message>
</context>
<context>
    <name>LegalForm</name>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="68"/>
        <source>association</source>
        <translation>biedrība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="69"/>
        <source>foundation</source>
        <translation>nodibinājums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="70"/>
        <source>limited company</source>
        <translation>SIA</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="71"/>
        <source>individual merchant</source>
        <translation>IK</translation>
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
    <name>Months</name>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="139"/>
        <source>January</source>
        <translation>janvāris</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="140"/>
        <source>February</source>
        <translation>februāris</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="141"/>
        <source>March</source>
        <translation>marts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="142"/>
        <source>April</source>
        <translation>aprīlis</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="143"/>
        <source>May</source>
        <translation>maijs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="144"/>
        <source>June</source>
        <translation>jūnijs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="145"/>
        <source>July</source>
        <translation>jūlijs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="146"/>
        <source>August</source>
        <translation>augusts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="147"/>
        <source>September</source>
        <translation>septembris</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="148"/>
        <source>October</source>
        <translation>oktobris</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="149"/>
        <source>November</source>
        <translation>novembris</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="150"/>
        <source>December</source>
        <translation>decembris</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="170"/>
        <location filename="../../../ngo_desktop/vocabulary.py" line="180"/>
        <source>{month} {year}</source>
        <translation>{year}. gada {month}</translation>
    </message>
</context>
<context>
    <name>MonthsAfterFor</name>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="153"/>
        <source>January</source>
        <translation>janvāri</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="154"/>
        <source>February</source>
        <translation>februāri</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="155"/>
        <source>March</source>
        <translation>martu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="156"/>
        <source>April</source>
        <translation>aprīli</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="157"/>
        <source>May</source>
        <translation>maiju</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="158"/>
        <source>June</source>
        <translation>jūniju</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="159"/>
        <source>July</source>
        <translation>jūliju</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="160"/>
        <source>August</source>
        <translation>augustu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="161"/>
        <source>September</source>
        <translation>septembri</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="162"/>
        <source>October</source>
        <translation>oktobri</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="163"/>
        <source>November</source>
        <translation>novembri</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="164"/>
        <source>December</source>
        <translation>decembri</translation>
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
        <location filename="../../../ngo_desktop/vocabulary.py" line="40"/>
        <source>free of charge</source>
        <translation>bez maksas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="41"/>
        <source>unpaid</source>
        <translation>nav samaksāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="42"/>
        <source>paid</source>
        <translation>samaksāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="43"/>
        <source>waived</source>
        <translation>atbrīvots no maksas</translation>
    </message>
</context>
<context>
    <name>Quotes</name>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="127"/>
        <source>“{name}”</source>
        <translation>„{name}”</translation>
    </message>
</context>
<context>
    <name>VendorCategory</name>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="55"/>
        <source>handicraft</source>
        <translation>rokdarbi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="56"/>
        <source>food</source>
        <translation>pārtika</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="57"/>
        <source>second-hand</source>
        <translation>lietotas preces</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="58"/>
        <source>services</source>
        <translation>pakalpojumi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="59"/>
        <source>information stand</source>
        <translation>informācijas stends</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="60"/>
        <source>plants</source>
        <translation>stādi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="61"/>
        <source>other</source>
        <translation>citas preces</translation>
    </message>
</context>
</TS>
