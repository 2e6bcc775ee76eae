<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>VendorsPage</name>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="64"/>
        <source>Find a vendor or what they sell…</source>
        <translation>Meklēt tirgotāju vai preci…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="76"/>
        <source>Every status</source>
        <translation>Visi statusi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="81"/>
        <source>Every category</source>
        <translation>Visas kategorijas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="103"/>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="145"/>
        <source>Double-click a vendor&apos;s Stall cell to pick a free stall.</source>
        <translation>Lai izvēlētos brīvu tirdzniecības vietu, veiciet dubultklikšķi uz tirgotāja šūnas „Vieta”.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="113"/>
        <source>New application…</source>
        <translation>Jauns pieteikums…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="114"/>
        <source>Accept</source>
        <translation>Apstiprināt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="115"/>
        <source>Reject</source>
        <translation>Noraidīt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="116"/>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="280"/>
        <source>Cancel place</source>
        <translation>Atcelt tirdzniecības vietu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="117"/>
        <source>Confirm move-up</source>
        <translation>Apstiprināt pārcelšanu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="118"/>
        <source>Choose stall…</source>
        <translation>Izvēlēties tirdzniecības vietu…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="119"/>
        <source>Free the stall</source>
        <translation>Atbrīvot tirdzniecības vietu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="120"/>
        <source>Fee…</source>
        <translation>Maksa…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="121"/>
        <source>Waive fee…</source>
        <translation>Atbrīvot no maksas…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="122"/>
        <source>Paid today</source>
        <translation>Samaksāts šodien</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="123"/>
        <source>Not paid</source>
        <translation>Nav samaksāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="124"/>
        <source>Copy stalls to another day…</source>
        <translation>Kopēt uz citu dienu…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="125"/>
        <source>Copy stalls from another fair…</source>
        <translation>Kopēt no cita tirdziņa…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="126"/>
        <source>Export stalls…</source>
        <translation>Eksportēt tirdzniecības vietas…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="163"/>
        <source>Every day</source>
        <translation>Visas dienas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="216"/>
        <source>Choose one vendor</source>
        <translation>Izvēlieties vienu tirgotāju</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="217"/>
        <source>Select one vendor&apos;s row in the list first.</source>
        <translation>Vispirms sarakstā izvēlieties viena tirgotāja rindu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="259"/>
        <source>Waitlist</source>
        <translation>Gaidīšanas saraksts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="262"/>
        <source>Accept %1</source>
        <translation>Apstiprināt — %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="274"/>
        <source>Reject %1</source>
        <translation>Noraidīt — %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="281"/>
        <source>Why is %1 not coming? (optional)</source>
        <translation>Kāpēc %1 neieradīsies? (nav obligāti)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="290"/>
        <source>Cancel the place of %1</source>
        <translation>Atcelt vietu — %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="295"/>
        <source>A place is free</source>
        <translation>Atbrīvojusies tirdzniecības vieta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="296"/>
        <source>%1 is first on the waitlist. Give them the free place now?
Choose No to decide later; the offer stays marked in the list.</source>
        <translation>Gaidīšanas sarakstā pirmais ir tirgotājs %1. Piešķirt tam brīvo tirdzniecības vietu tagad?
Izvēlieties „Nē”, lai izlemtu vēlāk; piedāvājums paliks atzīmēts sarakstā.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="299"/>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="307"/>
        <source>Give the free place to %1</source>
        <translation>Piešķirt brīvo vietu — %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="318"/>
        <source>Stall %1</source>
        <translation>Vieta %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="320"/>
        <source>Every stall is taken that day.</source>
        <translation>Tajā dienā visas tirdzniecības vietas ir aizņemtas.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="322"/>
        <source>Choose stall</source>
        <translation>Izvēlēties tirdzniecības vietu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="326"/>
        <source>Put %1 on stall %2</source>
        <translation>Novietot vietā %2 — %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="334"/>
        <source>Take %1 off their stall</source>
        <translation>Noņemt no vietas — %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="340"/>
        <source>Fee</source>
        <translation>Maksa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="340"/>
        <source>Fee for the day, in euro</source>
        <translation>Vietas maksa par dienu, eiro</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="346"/>
        <source>“%1” is not an amount. Type e.g. 7,50.</source>
        <translation>„%1” nav summa. Ierakstiet, piemēram, 7,50.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="350"/>
        <source>Reduced fee</source>
        <translation>Samazināta maksa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="351"/>
        <source>Why is the fee reduced? (e.g. a charity NGO)</source>
        <translation>Kāpēc maksa samazināta? (piemēram, labdarības NVO)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="354"/>
        <source>Change the fee of %1</source>
        <translation>Mainīt maksu — %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="362"/>
        <source>Waive fee</source>
        <translation>Atbrīvot no maksas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="362"/>
        <source>Why is the fee waived? (e.g. a charity NGO)</source>
        <translation>Kāpēc atbrīvo no maksas? (piemēram, labdarības NVO)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="369"/>
        <source>Waive the fee of %1</source>
        <translation>Atbrīvot no maksas — %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="376"/>
        <source>Mark %1 as paid</source>
        <translation>Atzīmēt kā samaksātu — %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="379"/>
        <source>Mark %1 as unpaid</source>
        <translation>Atzīmēt kā nesamaksātu — %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="390"/>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="394"/>
        <source>Copy stalls</source>
        <translation>Kopēt tirdzniecības vietas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="390"/>
        <source>Copy the stalls of</source>
        <translation>Kopēt tirdzniecības vietas no dienas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="394"/>
        <source>to the day</source>
        <translation>uz dienu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="399"/>
        <source>Copy the stalls of %1 to %2</source>
        <translation>Kopēt %1 vietas uz %2</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="415"/>
        <source>Copy stalls from another fair</source>
        <translation>Kopēt tirdzniecības vietas no cita tirdziņa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="416"/>
        <source>Regulars keep the stall they had at</source>
        <translation>Pastāvīgie tirgotāji saglabā tirdzniecības vietu, kas viņiem bija tirdziņā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="420"/>
        <source>Copy the stalls of %1</source>
        <translation>Kopēt vietas no %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="430"/>
        <source>Export stalls</source>
        <translation>Eksportēt tirdzniecības vietas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="431"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="437"/>
        <source>Writing the stall list…</source>
        <translation>Raksta tirdzniecības vietu sarakstu…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="438"/>
        <source>Stalls exported</source>
        <translation>Tirdzniecības vietas eksportētas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="445"/>
        <source>Not copied:</source>
        <translation>Nav nokopēts:</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="446"/>
        <source>Stalls copied</source>
        <translation>Tirdzniecības vietas nokopētas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="182"/>
        <source>Vendor days: %n</source>
        <translation>
            <numerusform>Tirgotāju dienas: %n</numerusform>
            <numerusform>Tirgotāju dienas: %n</numerusform>
            <numerusform>Tirgotāju dienas: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="260"/>
        <source>Every stall is taken. Vendors put on the waiting list in the order chosen: %n.</source>
        <translation>
            <numerusform>Visas tirdzniecības vietas ir aizņemtas: %n tirgotājs ievietots gaidīšanas sarakstā izvēlētajā secībā.</numerusform>
            <numerusform>Visas tirdzniecības vietas ir aizņemtas: %n tirgotāji ievietoti gaidīšanas sarakstā izvēlētajā secībā.</numerusform>
            <numerusform>Visas tirdzniecības vietas ir aizņemtas, bet gaidīšanas sarakstā neviens nav ievietots.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="439"/>
        <source>Rows written: %n.</source>
        <translation>
            <numerusform>Ierakstīta %n rinda.</numerusform>
            <numerusform>Ierakstītas %n rindas.</numerusform>
            <numerusform>Ierakstīts %n rindu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="443"/>
        <source>Vendors who got their usual stall: %n.</source>
        <translation>
            <numerusform>%n tirgotājs saņēma savu ierasto tirdzniecības vietu.</numerusform>
            <numerusform>%n tirgotāji saņēma savas ierastās tirdzniecības vietas.</numerusform>
            <numerusform>Neviens tirgotājs nesaņēma savu ierasto tirdzniecības vietu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/vendors_page.py" line="363"/>
        <source>Say why the fee is waived, e.g. a charity NGO.</source>
        <translation>Norādiet, kāpēc atbrīvo no maksas, piemēram, labdarības NVO.</translation>
    </message>
</context>
</TS>
