<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>ApplicationStatus</name>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="45"/>
        <source>applied</source>
        <translation>pieteicies</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="46"/>
        <source>accepted</source>
        <translation>apstiprināts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="47"/>
        <source>on the waiting list</source>
        <translation>gaidīšanas sarakstā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="48"/>
        <source>rejected</source>
        <translation>noraidīts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="49"/>
        <source>cancelled</source>
        <translation>atcelts</translation>
    </message>
</context>
<context>
    <name>BookingStatus</name>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="37"/>
        <source>enquiry</source>
        <translation>pieprasījums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="38"/>
        <source>provisional</source>
        <translation>provizoriska</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="39"/>
        <source>confirmed</source>
        <translation>apstiprināta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="40"/>
        <source>cancelled</source>
        <translation>atcelta</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="50"/>
        <source>arrived</source>
        <translation>ieradies</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="51"/>
        <source>no-show</source>
        <translation>neieradies</translation>
    </message>
</context>
<context>
    <name>Decisions</name>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="143"/>
        <source>decision No. {number}</source>
        <translation>lēmums Nr. {number}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="144"/>
        <source>decision No. {number} of {date}</source>
        <translation>{date} lēmums Nr. {number}</translation>
    </message>
</context>
<context>
    <name>DocumentKinds</name>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="112"/>
        <source>Booking sheet</source>
        <translation>Rezervācijas lapa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="113"/>
        <source>Door sign</source>
        <translation>Durvju zīme</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="114"/>
        <source>Week schedule</source>
        <translation>Nedēļas grafiks</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="115"/>
        <source>Flyer</source>
        <translation>Afiša</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="116"/>
        <source>Stall plan</source>
        <translation>Tirdzniecības vietu plāns</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="117"/>
        <source>Check-in sheet</source>
        <translation>Reģistrācijas lapa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="118"/>
        <source>Organisation directory</source>
        <translation>Organizāciju katalogs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="119"/>
        <source>Tenancy agreement summary</source>
        <translation>Nomas līguma kopsavilkums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="120"/>
        <source>Monthly statement</source>
        <translation>Mēneša aprēķins</translation>
    </message>
</context>
<context>
    <name>FairKind</name>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="52"/>
        <source>charity fair</source>
        <translation>labdarības tirdziņš</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="53"/>
        <source>seasonal market</source>
        <translation>sezonas tirgus</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="54"/>
        <source>market day</source>
        <translation>tirgus diena</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="55"/>
        <source>other event</source>
        <translation>cits pasākums</translation>
    </message>
</context>
<context>
    <name>LandmarkKind</name>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="63"/>
        <source>stage</source>
        <translation>skatuve</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="64"/>
        <source>entrance</source>
        <translation>ieeja</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="65"/>
        <source>toilets</source>
        <translation>tualetes</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="66"/>
        <source>information</source>
        <translation>informācija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="67"/>
        <source>power point</source>
        <translation>elektrības pieslēgums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="68"/>
        <source>label</source>
        <translation>uzraksts</translation>
    </message>
</context>
<context>
    <name>LegalForm</name>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="69"/>
        <source>association</source>
        <translation>biedrība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="70"/>
        <source>foundation</source>
        <translation>nodibinājums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="71"/>
        <source>limited company</source>
        <translation>SIA</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="72"/>
        <source>individual merchant</source>
        <translation>IK</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="73"/>
        <source>farm</source>
        <translation>Z/S</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="74"/>
        <source>self-employed</source>
        <translation>pašnodarbinātais</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="75"/>
        <source>municipal institution</source>
        <translation>pašvaldības iestāde</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="76"/>
        <source>religious organisation</source>
        <translation>reliģiskā organizācija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="77"/>
        <source>informal group</source>
        <translation>neformāla grupa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="78"/>
        <source>other form</source>
        <translation>cita forma</translation>
    </message>
</context>
<context>
    <name>MembershipStatus</name>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="83"/>
        <source>not a member</source>
        <translation>nav biedrs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="84"/>
        <source>member</source>
        <translation>biedrs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="85"/>
        <source>membership lapsed</source>
        <translation>dalība beigusies</translation>
    </message>
</context>
<context>
    <name>Months</name>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="156"/>
        <source>January</source>
        <translation>janvāris</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="157"/>
        <source>February</source>
        <translation>februāris</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="158"/>
        <source>March</source>
        <translation>marts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="159"/>
        <source>April</source>
        <translation>aprīlis</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="160"/>
        <source>May</source>
        <translation>maijs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="161"/>
        <source>June</source>
        <translation>jūnijs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="162"/>
        <source>July</source>
        <translation>jūlijs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="163"/>
        <source>August</source>
        <translation>augusts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="164"/>
        <source>September</source>
        <translation>septembris</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="165"/>
        <source>October</source>
        <translation>oktobris</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="166"/>
        <source>November</source>
        <translation>novembris</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="167"/>
        <source>December</source>
        <translation>decembris</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="218"/>
        <location filename="../../../ngo_desktop/vocabulary.py" line="233"/>
        <source>{month} {year}</source>
        <translation>{year}. gada {month}</translation>
    </message>
</context>
<context>
    <name>MonthsAfterFor</name>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="170"/>
        <source>January</source>
        <translation>janvāri</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="171"/>
        <source>February</source>
        <translation>februāri</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="172"/>
        <source>March</source>
        <translation>martu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="173"/>
        <source>April</source>
        <translation>aprīli</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="174"/>
        <source>May</source>
        <translation>maiju</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="175"/>
        <source>June</source>
        <translation>jūniju</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="176"/>
        <source>July</source>
        <translation>jūliju</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="177"/>
        <source>August</source>
        <translation>augustu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="178"/>
        <source>September</source>
        <translation>septembri</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="179"/>
        <source>October</source>
        <translation>oktobri</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="180"/>
        <source>November</source>
        <translation>novembri</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="181"/>
        <source>December</source>
        <translation>decembri</translation>
    </message>
</context>
<context>
    <name>MonthsOfDate</name>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="134"/>
        <source>{day} {month} {year}</source>
        <translation>{year}. gada {day}. {month}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="187"/>
        <source>January</source>
        <translation>janvāra</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="188"/>
        <source>February</source>
        <translation>februāra</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="189"/>
        <source>March</source>
        <translation>marta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="190"/>
        <source>April</source>
        <translation>aprīļa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="191"/>
        <source>May</source>
        <translation>maija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="192"/>
        <source>June</source>
        <translation>jūnija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="193"/>
        <source>July</source>
        <translation>jūlija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="194"/>
        <source>August</source>
        <translation>augusta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="195"/>
        <source>September</source>
        <translation>septembra</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="196"/>
        <source>October</source>
        <translation>oktobra</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="197"/>
        <source>November</source>
        <translation>novembra</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="198"/>
        <source>December</source>
        <translation>decembra</translation>
    </message>
</context>
<context>
    <name>OrganisationKind</name>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="79"/>
        <source>NGO</source>
        <translation>NVO</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="80"/>
        <source>entrepreneur</source>
        <translation>uzņēmējs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="81"/>
        <source>municipal body</source>
        <translation>pašvaldības institūcija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="82"/>
        <source>other</source>
        <translation>cits</translation>
    </message>
</context>
<context>
    <name>PaymentStatus</name>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="41"/>
        <source>free of charge</source>
        <translation>bez maksas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="42"/>
        <source>unpaid</source>
        <translation>nav samaksāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="43"/>
        <source>paid</source>
        <translation>samaksāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="44"/>
        <source>waived</source>
        <translation>atbrīvots no maksas</translation>
    </message>
</context>
<context>
    <name>Quotes</name>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="129"/>
        <source>“{name}”</source>
        <translation>„{name}”</translation>
    </message>
</context>
<context>
    <name>VendorCategory</name>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="56"/>
        <source>handicraft</source>
        <translation>rokdarbi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="57"/>
        <source>food</source>
        <translation>pārtika</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="58"/>
        <source>second-hand</source>
        <translation>lietotas preces</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="59"/>
        <source>services</source>
        <translation>pakalpojumi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="60"/>
        <source>information stand</source>
        <translation>informācijas stends</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="61"/>
        <source>plants</source>
        <translation>stādi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="62"/>
        <source>other</source>
        <translation>citas preces</translation>
    </message>
</context>
<context>
    <name>WeekdaysAfterEvery</name>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="206"/>
        <source>Monday</source>
        <translation>pirmdienu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="207"/>
        <source>Tuesday</source>
        <translation>otrdienu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="208"/>
        <source>Wednesday</source>
        <translation>trešdienu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="209"/>
        <source>Thursday</source>
        <translation>ceturtdienu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="210"/>
        <source>Friday</source>
        <translation>piektdienu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="211"/>
        <source>Saturday</source>
        <translation>sestdienu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/vocabulary.py" line="212"/>
        <source>Sunday</source>
        <translation>svētdienu</translation>
    </message>
</context>
</TS>
