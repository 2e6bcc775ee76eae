<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>VendorsPage</name>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="61"/>
        <source>Find a vendor or what they sell…</source>
        <translation>Meklēt tirgotāju vai preci…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="73"/>
        <source>Every status</source>
        <translation>Visi statusi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="78"/>
        <source>Every category</source>
        <translation>Visas kategorijas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="100"/>
        <source>Double-click a vendor&apos;s Stall cell to pick a free stall.</source>
        <translation>Dubultklikšķis uz tirgotāja šūnas „Vieta” — izvēlēties brīvu vietu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="110"/>
        <source>New application…</source>
        <translation>Jauns pieteikums…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="111"/>
        <source>Accept</source>
        <translation>Apstiprināt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="112"/>
        <source>Reject</source>
        <translation>Noraidīt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="113"/>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="265"/>
        <source>Cancel place</source>
        <translation>Atcelt vietu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="114"/>
        <source>Confirm move-up</source>
        <translation>Apstiprināt pārcelšanu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="115"/>
        <source>Choose stall…</source>
        <translation>Izvēlēties vietu…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="116"/>
        <source>Free the stall</source>
        <translation>Atbrīvot vietu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="117"/>
        <source>Fee…</source>
        <translation>Maksa…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="118"/>
        <source>Waive fee…</source>
        <translation>Atbrīvot no maksas…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="119"/>
        <source>Paid today</source>
        <translation>Samaksāts šodien</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="120"/>
        <source>Not paid</source>
        <translation>Nav samaksāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="121"/>
        <source>Copy stalls to another day…</source>
        <translation>Kopēt vietas uz citu dienu…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="122"/>
        <source>Copy stalls from another fair…</source>
        <translation>Kopēt vietas no cita tirdziņa…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="123"/>
        <source>Export stalls…</source>
        <translation>Eksportēt vietas…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="147"/>
        <source>Every day</source>
        <translation>Visas dienas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="167"/>
        <source>%n vendor day(s)</source>
        <translation>
            <numerusform>%n pieteikuma diena</numerusform>
            <numerusform>%n pieteikumu dienas</numerusform>
            <numerusform>%n pieteikumu dienu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="201"/>
        <source>Choose one vendor</source>
        <translation>Izvēlieties vienu tirgotāju</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="202"/>
        <source>Select one vendor&apos;s row in the list first.</source>
        <translation>Vispirms sarakstā izvēlieties viena tirgotāja rindu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="244"/>
        <source>Waitlist</source>
        <translation>Gaidīšanas saraksts</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="245"/>
        <source>Every stall is taken: %n vendor(s) went on the waitlist in the order chosen.</source>
        <translation>
            <numerusform>Visas vietas ir aizņemtas: %n tirgotājs ievietots gaidīšanas sarakstā izvēlētajā secībā.</numerusform>
            <numerusform>Visas vietas ir aizņemtas: %n tirgotāji ievietoti gaidīšanas sarakstā izvēlētajā secībā.</numerusform>
            <numerusform>Visas vietas ir aizņemtas: %n tirgotāju ievietots gaidīšanas sarakstā izvēlētajā secībā.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="247"/>
        <source>Accept %1</source>
        <translation>Apstiprināt — %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="259"/>
        <source>Reject %1</source>
        <translation>Noraidīt — %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="266"/>
        <source>Why is %1 not coming? (optional)</source>
        <translation>Kāpēc %1 neieradīsies? (nav obligāti)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="275"/>
        <source>Cancel the place of %1</source>
        <translation>Atcelt vietu — %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="280"/>
        <source>A place is free</source>
        <translation>Atbrīvojusies vieta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="281"/>
        <source>%1 is first on the waitlist. Give them the free place now?
Choose No to decide later; the offer stays marked in the list.</source>
        <translation>%1 ir pirmais gaidīšanas sarakstā. Piešķirt brīvo vietu tagad?
Izvēlieties „Nē”, lai izlemtu vēlāk; piedāvājums paliks atzīmēts sarakstā.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="284"/>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="292"/>
        <source>Give the free place to %1</source>
        <translation>Piešķirt brīvo vietu — %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="303"/>
        <source>Stall %1</source>
        <translation>Vieta %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="305"/>
        <source>Every stall is taken that day.</source>
        <translation>Tajā dienā visas vietas ir aizņemtas.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="307"/>
        <source>Choose stall</source>
        <translation>Izvēlēties vietu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="311"/>
        <source>Put %1 on stall %2</source>
        <translation>Novietot vietā %2 — %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="319"/>
        <source>Take %1 off their stall</source>
        <translation>Noņemt no vietas — %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="325"/>
        <source>Fee</source>
        <translation>Maksa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="325"/>
        <source>Fee for the day, in euro</source>
        <translation>Dienas maksa eiro</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="331"/>
        <source>“%1” is not an amount. Type e.g. 7,50.</source>
        <translation>„%1” nav summa. Ierakstiet, piemēram, 7,50.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="335"/>
        <source>Reduced fee</source>
        <translation>Samazināta maksa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="336"/>
        <source>Why is the fee reduced? (e.g. a charity NGO)</source>
        <translation>Kāpēc maksa samazināta? (piemēram, labdarības NVO)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="339"/>
        <source>Change the fee of %1</source>
        <translation>Mainīt maksu — %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="347"/>
        <source>Waive fee</source>
        <translation>Atbrīvot no maksas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="348"/>
        <source>Why is the fee waived? (e.g. a charity NGO)</source>
        <translation>Kāpēc atbrīvo no maksas? (piemēram, labdarības NVO)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="350"/>
        <source>Waive the fee of %1</source>
        <translation>Atbrīvot no maksas — %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="357"/>
        <source>Mark %1 as paid</source>
        <translation>Atzīmēt kā samaksātu — %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="360"/>
        <source>Mark %1 as unpaid</source>
        <translation>Atzīmēt kā nesamaksātu — %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="371"/>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="375"/>
        <source>Copy stalls</source>
        <translation>Kopēt vietas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="371"/>
        <source>Copy the stalls of</source>
        <translation>Kopēt vietas no dienas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="375"/>
        <source>to the day</source>
        <translation>uz dienu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="380"/>
        <source>Copy the stalls of %1 to %2</source>
        <translation>Kopēt %1 vietas uz %2</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="396"/>
        <source>Copy stalls from another fair</source>
        <translation>Kopēt vietas no cita tirdziņa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="397"/>
        <source>Regulars keep the stall they had at</source>
        <translation>Pastāvīgie tirgotāji saglabā vietu, kas viņiem bija tirdziņā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="401"/>
        <source>Copy the stalls of %1</source>
        <translation>Kopēt vietas no %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="411"/>
        <source>Export stalls</source>
        <translation>Eksportēt vietas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="412"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="418"/>
        <source>Writing the stall list…</source>
        <translation>Raksta vietu sarakstu…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="419"/>
        <source>Stalls exported</source>
        <translation>Vietas eksportētas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="420"/>
        <source>%n row(s) written.</source>
        <translation>
            <numerusform>Ierakstīta %n rinda.</numerusform>
            <numerusform>Ierakstītas %n rindas.</numerusform>
            <numerusform>Ierakstīts %n rindu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="424"/>
        <source>%n vendor(s) got their usual stall.</source>
        <translation>
            <numerusform>%n tirgotājs saņēma savu ierasto vietu.</numerusform>
            <numerusform>%n tirgotāji saņēma savas ierastās vietas.</numerusform>
            <numerusform>%n tirgotāju saņēma savas ierastās vietas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="426"/>
        <source>Not copied:</source>
        <translation>Nav nokopēts:</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="427"/>
        <source>Stalls copied</source>
        <translation>Vietas nokopētas</translation>
    </message>
</context>
</TS>
