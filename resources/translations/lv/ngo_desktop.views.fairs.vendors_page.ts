<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>VendorsPage</name>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="60"/>
        <source>Find a vendor or what they sell…</source>
        <translation>Meklēt tirgotāju vai preci…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="72"/>
        <source>Every status</source>
        <translation>Visi statusi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="77"/>
        <source>Every category</source>
        <translation>Visas kategorijas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="99"/>
        <source>Double-click a vendor&apos;s Stall cell to pick a free stall.</source>
        <translation>Dubultklikšķis uz tirgotāja šūnas „Vieta” — izvēlēties brīvu vietu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="109"/>
        <source>New application…</source>
        <translation>Jauns pieteikums…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="110"/>
        <source>Accept</source>
        <translation>Apstiprināt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="111"/>
        <source>Reject</source>
        <translation>Noraidīt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="112"/>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="244"/>
        <source>Cancel place</source>
        <translation>Atcelt vietu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="113"/>
        <source>Confirm move-up</source>
        <translation>Apstiprināt pārcelšanu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="114"/>
        <source>Choose stall…</source>
        <translation>Izvēlēties vietu…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="115"/>
        <source>Free the stall</source>
        <translation>Atbrīvot vietu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="116"/>
        <source>Fee…</source>
        <translation>Maksa…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="117"/>
        <source>Waive fee…</source>
        <translation>Atbrīvot no maksas…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="118"/>
        <source>Paid today</source>
        <translation>Samaksāts šodien</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="119"/>
        <source>Not paid</source>
        <translation>Nav samaksāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="120"/>
        <source>Copy stalls to another day…</source>
        <translation>Kopēt vietas uz citu dienu…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="121"/>
        <source>Copy stalls from another fair…</source>
        <translation>Kopēt vietas no cita tirdziņa…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="122"/>
        <source>Export stalls…</source>
        <translation>Eksportēt vietas…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="146"/>
        <source>Every day</source>
        <translation>Visas dienas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="166"/>
        <source>%n vendor day(s)</source>
        <translation>
            <numerusform>%n pieteikuma diena</numerusform>
            <numerusform>%n pieteikumu dienas</numerusform>
            <numerusform>%n pieteikumu dienu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="200"/>
        <source>Choose one vendor</source>
        <translation>Izvēlieties vienu tirgotāju</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="201"/>
        <source>Select one vendor&apos;s row in the list first.</source>
        <translation>Vispirms sarakstā izvēlieties viena tirgotāja rindu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="226"/>
        <source>Waitlist</source>
        <translation>Gaidīšanas saraksts</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="227"/>
        <source>Every stall is taken: %n vendor(s) went on the waitlist in the order chosen.</source>
        <translation>
            <numerusform>Visas vietas ir aizņemtas: %n tirgotājs ievietots gaidīšanas sarakstā izvēlētajā secībā.</numerusform>
            <numerusform>Visas vietas ir aizņemtas: %n tirgotāji ievietoti gaidīšanas sarakstā izvēlētajā secībā.</numerusform>
            <numerusform>Visas vietas ir aizņemtas: %n tirgotāju ievietots gaidīšanas sarakstā izvēlētajā secībā.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="245"/>
        <source>Why is %1 not coming? (optional)</source>
        <translation>Kāpēc %1 neieradīsies? (nav obligāti)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="258"/>
        <source>A place is free</source>
        <translation>Atbrīvojusies vieta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="259"/>
        <source>%1 is first on the waitlist. Give them the free place now?
Choose No to decide later; the offer stays marked in the list.</source>
        <translation>%1 ir pirmais gaidīšanas sarakstā. Piešķirt brīvo vietu tagad?
Izvēlieties „Nē”, lai izlemtu vēlāk; piedāvājums paliks atzīmēts sarakstā.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="277"/>
        <source>Stall %1</source>
        <translation>Vieta %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="279"/>
        <source>Every stall is taken that day.</source>
        <translation>Tajā dienā visas vietas ir aizņemtas.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="281"/>
        <source>Choose stall</source>
        <translation>Izvēlēties vietu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="296"/>
        <source>Fee</source>
        <translation>Maksa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="296"/>
        <source>Fee for the day, in euro</source>
        <translation>Dienas maksa eiro</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="302"/>
        <source>“%1” is not an amount. Type e.g. 7,50.</source>
        <translation>„%1” nav summa. Ierakstiet, piemēram, 7,50.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="306"/>
        <source>Reduced fee</source>
        <translation>Samazināta maksa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="307"/>
        <source>Why is the fee reduced? (e.g. a charity NGO)</source>
        <translation>Kāpēc maksa samazināta? (piemēram, labdarības NVO)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="316"/>
        <source>Waive fee</source>
        <translation>Atbrīvot no maksas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="317"/>
        <source>Why is the fee waived? (e.g. a charity NGO)</source>
        <translation>Kāpēc atbrīvo no maksas? (piemēram, labdarības NVO)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="338"/>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="342"/>
        <source>Copy stalls</source>
        <translation>Kopēt vietas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="338"/>
        <source>Copy the stalls of</source>
        <translation>Kopēt vietas no dienas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="342"/>
        <source>to the day</source>
        <translation>uz dienu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="360"/>
        <source>Copy stalls from another fair</source>
        <translation>Kopēt vietas no cita tirdziņa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="361"/>
        <source>Regulars keep the stall they had at</source>
        <translation>Pastāvīgie tirgotāji saglabā vietu, kas viņiem bija tirdziņā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="372"/>
        <source>Export stalls</source>
        <translation>Eksportēt vietas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="373"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="379"/>
        <source>Writing the stall list…</source>
        <translation>Raksta vietu sarakstu…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="380"/>
        <source>Stalls exported</source>
        <translation>Vietas eksportētas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="381"/>
        <source>%n row(s) written.</source>
        <translation>
            <numerusform>Ierakstīta %n rinda.</numerusform>
            <numerusform>Ierakstītas %n rindas.</numerusform>
            <numerusform>Ierakstīts %n rindu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="385"/>
        <source>%n vendor(s) got their usual stall.</source>
        <translation>
            <numerusform>%n tirgotājs saņēma savu ierasto vietu.</numerusform>
            <numerusform>%n tirgotāji saņēma savas ierastās vietas.</numerusform>
            <numerusform>%n tirgotāju saņēma savas ierastās vietas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="387"/>
        <source>Not copied:</source>
        <translation>Nav nokopēts:</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="388"/>
        <source>Stalls copied</source>
        <translation>Vietas nokopētas</translation>
    </message>
</context>
</TS>
