<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Reports</name>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="147"/>
        <source>Period {period}</source>
        <translation>Periods {period}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="148"/>
        <source>site: {site}</source>
        <translation>filiāle: {site}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="148"/>
        <source>all sites</source>
        <translation>visas filiāles</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="150"/>
        <source>organisations: {kind}</source>
        <translation>organizācijas: {kind}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="152"/>
        <source>all kinds of organisations</source>
        <translation>visu veidu organizācijas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="165"/>
        <source>Open hours</source>
        <translation>Darba stundas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="165"/>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="184"/>
        <source>Booked hours</source>
        <translation>Rezervētās stundas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="165"/>
        <source>Occupancy</source>
        <translation>Noslodze</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="170"/>
        <source>Occupancy per month</source>
        <translation>Noslodze pa mēnešiem</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="170"/>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="179"/>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="226"/>
        <source>Month</source>
        <translation>Mēnesis</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="171"/>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="198"/>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="224"/>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="229"/>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="235"/>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="244"/>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="301"/>
        <source>Total</source>
        <translation>Kopā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="172"/>
        <source>Occupancy per month, %</source>
        <translation>Noslodze pa mēnešiem, %</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="173"/>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="231"/>
        <source>Per month</source>
        <translation>Pa mēnešiem</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="175"/>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="177"/>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="224"/>
        <source>Rooms</source>
        <translation>Telpas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="175"/>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="179"/>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="184"/>
        <source>Site</source>
        <translation>Filiāle</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="175"/>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="184"/>
        <source>Room</source>
        <translation>Telpa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="175"/>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="184"/>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="195"/>
        <source>Bookings</source>
        <translation>Rezervācijas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="179"/>
        <source>Sites per month</source>
        <translation>Filiāles pa mēnešiem</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="182"/>
        <source>Sites</source>
        <translation>Filiāles</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="184"/>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="187"/>
        <source>Busiest rooms</source>
        <translation>Noslogotākās telpas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="187"/>
        <source>Booked hours of the busiest rooms</source>
        <translation>Noslogotāko telpu rezervētās stundas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="191"/>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="193"/>
        <source>Booked hours by weekday and hour</source>
        <translation>Rezervētās stundas pa nedēļas dienām un stundām</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="191"/>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="269"/>
        <source>Day</source>
        <translation>Diena</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="193"/>
        <source>Weekday and hour</source>
        <translation>Nedēļas diena un stunda</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="195"/>
        <source>Cancellations by reason</source>
        <translation>Atceltās rezervācijas pa iemesliem</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="195"/>
        <source>Reason</source>
        <translation>Iemesls</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="195"/>
        <source>Hours</source>
        <translation>Stundas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="196"/>
        <source>(no reason given)</source>
        <translation>(iemesls nav norādīts)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="199"/>
        <source>Cancellations</source>
        <translation>Atcelšanas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="200"/>
        <source>Enquiries that never became bookings: {count} ({hours} h).</source>
        <translation>Pieprasījumi, kas tā arī nekļuva par rezervācijām: {count} ({hours} h).</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="202"/>
        <source>Open hours are the rooms&apos; opening hours on each day of the period; closures and public holidays are not subtracted. Booked hours count confirmed and provisional bookings.</source>
        <translation>Darba stundas ir telpu darba laiks katrā perioda dienā; slēgšanas laiki un svētku dienas nav atskaitīti. Rezervētajās stundās ieskaitītas apstiprinātās un provizoriskās rezervācijas.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="204"/>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="323"/>
        <source>Room use</source>
        <translation>Telpu noslodze</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="224"/>
        <source>Fair fees</source>
        <translation>Vietas maksas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="224"/>
        <source>Pop-up rent</source>
        <translation>Pop-up nomas maksa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="224"/>
        <source>Pop-up utilities</source>
        <translation>Pop-up komunālie maksājumi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="226"/>
        <source>Support per month</source>
        <translation>Atbalsts pa mēnešiem</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="230"/>
        <source>Support per month, €</source>
        <translation>Atbalsts pa mēnešiem, €</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="233"/>
        <source>Support per kind of organisation</source>
        <translation>Atbalsts pa organizāciju veidiem</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="233"/>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="239"/>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="275"/>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="297"/>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="311"/>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="233"/>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="241"/>
        <source>Organisations</source>
        <translation>Organizācijas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="236"/>
        <source>Support per kind of organisation, €</source>
        <translation>Atbalsts pa organizāciju veidiem, €</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="237"/>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="304"/>
        <source>Per kind</source>
        <translation>Pa veidiem</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="239"/>
        <source>Support per organisation</source>
        <translation>Atbalsts katrai organizācijai</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="239"/>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="244"/>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="311"/>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="243"/>
        <source>Support per organisation and month</source>
        <translation>Atbalsts organizācijām pa mēnešiem</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="247"/>
        <source>Organisations per month</source>
        <translation>Organizācijas pa mēnešiem</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="248"/>
        <source>Rooms: the full value of each booking before reductions minus the price charged; a member&apos;s free use counts in full. Fair fees: the price list&apos;s fee for the stall minus the fee set. Pop-up: the rent and utility reductions of the monthly statements.</source>
        <translation>Telpas: katras rezervācijas pilnā vērtība pirms atlaidēm mīnus aprēķinātā cena; biedra bezmaksas izmantošana ieskaitīta pilnā apmērā. Vietas maksas: cenrādī noteiktā vietas maksa mīnus tirgotājam noteiktā maksa. Pop-up: nomas maksas un komunālo maksājumu atlaides no mēneša aprēķiniem.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="252"/>
        <source>Pop-up premises belong to no site and are not included in a report for one site.</source>
        <translation>Pop-up telpas nav piesaistītas filiālei, tāpēc vienas filiāles pārskatā tās nav iekļautas.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="253"/>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="324"/>
        <source>Support in kind</source>
        <translation>Atbalsts natūrā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="262"/>
        <source>Stalls offered</source>
        <translation>Piedāvātās vietas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="262"/>
        <source>Stalls taken</source>
        <translation>Aizņemtās vietas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="262"/>
        <source>Vendors accepted</source>
        <translation>Apstiprinātie tirgotāji</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="262"/>
        <source>Waitlist</source>
        <translation>Gaidīšanas saraksts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="262"/>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="297"/>
        <source>Fees due</source>
        <translation>Maksājamās maksas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="263"/>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="298"/>
        <source>Fees paid</source>
        <translation>Samaksātās maksas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="263"/>
        <source>Fees waived</source>
        <translation>Atbrīvojumi no maksas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="263"/>
        <source>Arrived</source>
        <translation>Ieradušies</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="263"/>
        <source>Did not come</source>
        <translation>Neieradušies</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="269"/>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="273"/>
        <source>Fair days</source>
        <translation>Tirdziņu dienas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="269"/>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="275"/>
        <source>Fair</source>
        <translation>Tirdziņš</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="272"/>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="277"/>
        <source>Season</source>
        <translation>Sezona</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="275"/>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="279"/>
        <source>Fairs</source>
        <translation>Tirdziņi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="275"/>
        <source>Days</source>
        <translation>Dienas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="278"/>
        <source>Stalls offered and taken</source>
        <translation>Piedāvātās un aizņemtās vietas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="281"/>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="283"/>
        <source>Vendors by category</source>
        <translation>Tirgotāji pa kategorijām</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="281"/>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="281"/>
        <source>Vendors</source>
        <translation>Tirgotāji</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="283"/>
        <source>Categories</source>
        <translation>Kategorijas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="284"/>
        <source>Fees due are the fees set for accepted vendors; waived fees are counted, their value is in the support report. Cancelled fair days are left out.</source>
        <translation>Maksājamās maksas ir apstiprinātajiem tirgotājiem noteiktās vietas maksas; maksas, no kurām tirgotāji atbrīvoti, ir ieskaitītas, un to vērtība ir atbalsta pārskatā. Atceltās tirdziņu dienas nav iekļautas.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="286"/>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="325"/>
        <source>Fairs and markets</source>
        <translation>Tirdziņi un gadatirgi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="296"/>
        <source>Members by kind of organisation</source>
        <translation>Biedri pa organizāciju veidiem</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="297"/>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="306"/>
        <source>Members</source>
        <translation>Biedri</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="297"/>
        <source>Lapsed</source>
        <translation>Dalība beigusies</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="297"/>
        <source>Paid for {year}</source>
        <translation>Samaksājuši par {year}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="303"/>
        <source>Members and members who paid</source>
        <translation>Biedri un biedri, kas samaksājuši</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="306"/>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="311"/>
        <source>Last year paid for</source>
        <translation>Pēdējais samaksātais gads</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="306"/>
        <source>Year</source>
        <translation>Gads</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="307"/>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="313"/>
        <source>never</source>
        <translation>nekad</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="308"/>
        <source>Last year paid</source>
        <translation>Pēdējais samaksātais gads</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="310"/>
        <source>Members who have not paid for {year}</source>
        <translation>Biedri, kas nav samaksājuši par {year}. gadu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="311"/>
        <source>Yearly fee</source>
        <translation>Gada biedru nauda</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="311"/>
        <source>Member since</source>
        <translation>Biedrs kopš</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="315"/>
        <source>Not paid</source>
        <translation>Nav samaksāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="316"/>
        <source>New members in the period: {count}.</source>
        <translation>Jauni biedri periodā: {count}.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="317"/>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="326"/>
        <source>Membership</source>
        <translation>Biedri un biedru naudas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="361"/>
        <source>Site no. {id} does not exist; choose one of the sites.</source>
        <translation>Filiāle Nr. {id} nepastāv; izvēlieties kādu no filiālēm.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="381"/>
        <source>There is no site {site}; give one of: {names}.</source>
        <translation>Filiāles „{site}” nav; norādiet kādu no šīm: {names}.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/presentation.py" line="382"/>
        <source>(no sites yet)</source>
        <translation>(filiāļu vēl nav)</translation>
    </message>
</context>
</TS>
