<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>DocumentLabels</name>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="15"/>
        <source>Page {page} of {pages}</source>
        <translation>{page}. lpp. no {pages}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="16"/>
        <source>Printed {date}</source>
        <translation>Izdrukāts {date}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="22"/>
        <source>Stall</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="23"/>
        <source>Vendor</source>
        <translation>Tirgotājs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="24"/>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="44"/>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="155"/>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="25"/>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="26"/>
        <source>Fee</source>
        <translation>Vietas maksa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="27"/>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="62"/>
        <source>Payment</source>
        <translation>Samaksa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="34"/>
        <source>Booking sheet</source>
        <translation>Rezervācijas lapa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="35"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="36"/>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="151"/>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="37"/>
        <source>Booking</source>
        <translation>Rezervācija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="38"/>
        <source>Dates</source>
        <translation>Datumi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="39"/>
        <source>House rules</source>
        <translation>Iekšējās kārtības noteikumi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="40"/>
        <source>Signatures</source>
        <translation>Paraksti</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="41"/>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="42"/>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="153"/>
        <source>Reg. No.</source>
        <translation>Reģ. Nr.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="43"/>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="122"/>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="154"/>
        <source>Contact person</source>
        <translation>Kontaktpersona</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="45"/>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="156"/>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="46"/>
        <source>Event</source>
        <translation>Pasākums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="47"/>
        <source>Purpose</source>
        <translation>Mērķis</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="48"/>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="85"/>
        <source>Room</source>
        <translation>Telpa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="49"/>
        <source>Site</source>
        <translation>Filiāle</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="50"/>
        <source>Attendees</source>
        <translation>Dalībnieki</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="51"/>
        <source>Equipment</source>
        <translation>Aprīkojums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="52"/>
        <source>Set-up, clean-up</source>
        <translation>Sagatavošana, sakopšana</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="53"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="54"/>
        <source>Repeats</source>
        <translation>Atkārtojas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="55"/>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="67"/>
        <source>Date</source>
        <translation>Datums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="56"/>
        <source>Day</source>
        <translation>Diena</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="57"/>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="95"/>
        <source>Time</source>
        <translation>Laiks</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="58"/>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="59"/>
        <source>Full value</source>
        <translation>Pilnā vērtība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="60"/>
        <source>Reduction</source>
        <translation>Atlaide</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="61"/>
        <source>To pay</source>
        <translation>Jāmaksā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="63"/>
        <source>For the centre</source>
        <translation>Centra vārdā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="64"/>
        <source>For the organisation</source>
        <translation>Organizācijas vārdā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="65"/>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="140"/>
        <source>Signature</source>
        <translation>Paraksts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="66"/>
        <source>Name, surname</source>
        <translation>Vārds, uzvārds</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="74"/>
        <source>Door sign</source>
        <translation>Durvju zīme</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="75"/>
        <source>Free all day</source>
        <translation>Rezervāciju nav</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="76"/>
        <source>Provisional booking, not yet confirmed</source>
        <translation>Provizoriska rezervācija, vēl nav apstiprināta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="77"/>
        <source>Questions and bookings</source>
        <translation>Jautājumi un rezervācijas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="84"/>
        <source>Week schedule</source>
        <translation>Nedēļas grafiks</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="86"/>
        <source>provisional booking, not yet confirmed (italics)</source>
        <translation>provizoriska rezervācija, vēl nav apstiprināta (slīprakstā)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="87"/>
        <source>Grey cells: the room is closed that day</source>
        <translation>Pelēkās šūnas: telpa tajā dienā slēgta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="94"/>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="96"/>
        <source>Where</source>
        <translation>Kur</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="97"/>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="98"/>
        <source>Taking part</source>
        <translation>Piedalās</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="99"/>
        <source>Partners</source>
        <translation>Partneri</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="100"/>
        <source>More information</source>
        <translation>Vairāk informācijas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="101"/>
        <source>The full programme is at the web address and QR code below</source>
        <translation>Pilna programma — tīmekļa adresē un QR kodā zemāk</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="102"/>
        <source>Ask the centre for the full programme</source>
        <translation>Pilnu programmu jautājiet centrā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="103"/>
        <source>Every Monday</source>
        <translation>Katru pirmdienu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="104"/>
        <source>Every Tuesday</source>
        <translation>Katru otrdienu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="105"/>
        <source>Every Wednesday</source>
        <translation>Katru trešdienu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="106"/>
        <source>Every Thursday</source>
        <translation>Katru ceturtdienu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="107"/>
        <source>Every Friday</source>
        <translation>Katru piektdienu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="108"/>
        <source>Every Saturday</source>
        <translation>Katru sestdienu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="109"/>
        <source>Every Sunday</source>
        <translation>Katru svētdienu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="110"/>
        <source>{every} except {dates}</source>
        <translation>{every}, izņemot {dates}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="111"/>
        <source>and {count} more taking part</source>
        <translation>un vēl {count} dalībnieki</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="112"/>
        <source>and {count} other taking part</source>
        <translation>un vēl {count} dalībnieks</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="120"/>
        <source>Stall plan</source>
        <translation>Tirdzniecības vietu plāns</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="121"/>
        <source>Vendors by stall</source>
        <translation>Tirgotāji pa vietām</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="123"/>
        <source>Scale 1:{ratio}</source>
        <translation>Mērogs 1:{ratio}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="124"/>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="125"/>
        <source>free</source>
        <translation>brīva</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="126"/>
        <source>taken stall</source>
        <translation>aizņemta vieta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="127"/>
        <source>free stall</source>
        <translation>brīva vieta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="137"/>
        <source>Check-in sheet</source>
        <translation>Reģistrācijas lapa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="138"/>
        <source>Arrived</source>
        <translation>Ieradies</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="139"/>
        <source>No-show</source>
        <translation>Neieradies</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="141"/>
        <source>Arrived in total</source>
        <translation>Kopā ieradušies</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="142"/>
        <source>No-shows in total</source>
        <translation>Kopā neieradušies</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="143"/>
        <source>Checked by</source>
        <translation>Pārbaudīja</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="150"/>
        <source>Organisation directory</source>
        <translation>Organizāciju katalogs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="152"/>
        <source>Legal form</source>
        <translation>Juridiskā forma</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="128"/>
        <source>Key map: the numbered sheets that follow show each part larger</source>
        <translation>Pārskata karte: turpmākās numurētās lapas rāda katru daļu lielāku</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/labels.py" line="129"/>
        <source>Sheet {number} of {count}</source>
        <translation>{number}. lapa no {count}</translation>
    </message>
</context>
</TS>
