<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Vendors</name>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/vendors.py" line="106"/>
        <source>This application no longer exists.</source>
        <translation>Šis pieteikums vairs nepastāv.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/vendors.py" line="124"/>
        <source>Choose at least one day the vendor wants.</source>
        <translation>Izvēlieties vismaz vienu dienu, kurā tirgotājs vēlas tirgoties.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/vendors.py" line="127"/>
        <source>This fair no longer exists.</source>
        <translation>Šis tirdziņš vairs nepastāv.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/vendors.py" line="130"/>
        <source>This organisation is not in the registry (or is archived).</source>
        <translation>Šīs organizācijas nav reģistrā (vai tā ir arhivēta).</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/vendors.py" line="134"/>
        <source>A chosen day is not a day of this fair.</source>
        <translation>Kāda no izvēlētajām dienām nav šī tirdziņa diena.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/vendors.py" line="216"/>
        <source>An accepted vendor cannot be rejected; cancel their place instead.</source>
        <translation>Apstiprinātu tirgotāju nevar noraidīt; tā vietā atceliet viņa tirdzniecības vietu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/vendors.py" line="267"/>
        <source>offered a place from the waitlist</source>
        <translation>piedāvāta tirdzniecības vieta no gaidīšanas saraksta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/vendors.py" line="276"/>
        <source>This vendor is no longer on the waitlist.</source>
        <translation>Šis tirgotājs vairs nav gaidīšanas sarakstā.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/vendors.py" line="279"/>
        <source>Every stall of this day is taken. Cancel a vendor first or add a stall to the plan.</source>
        <translation>Visas šīs dienas tirdzniecības vietas ir aizņemtas. Vispirms atceliet kādu tirgotāju vai pievienojiet plānam tirdzniecības vietu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/vendors.py" line="288"/>
        <source>moved up from the waitlist</source>
        <translation>pārcelts no gaidīšanas saraksta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/vendors.py" line="296"/>
        <source>This vendor has not been offered a place.</source>
        <translation>Šim tirgotājam tirdzniecības vieta nav piedāvāta.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/vendors.py" line="304"/>
        <source>declined the place offered</source>
        <translation>atteicās no piedāvātās tirdzniecības vietas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/vendors.py" line="376"/>
        <source>{vendor} was changed at another desk meanwhile, so this step cannot be taken back. The list shows the vendor as they are now.</source>
        <translation>{vendor} pa to laiku tika mainīts citā darba vietā, tāpēc šo soli nevar atsaukt. Sarakstā tirgotājs redzams tāds, kāds ir tagad.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/vendors.py" line="402"/>
        <source>Every stall of this day is taken now, so the vendor cannot be accepted again. Cancel a vendor first or add a stall to the plan.</source>
        <translation>Visas šīs dienas vietas tagad ir aizņemtas, tāpēc tirgotāju nevar pieņemt atkal. Vispirms atceliet kādu tirgotāju vai pievienojiet plānam vietu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/vendors.py" line="407"/>
        <source>undone or redone</source>
        <translation>atsaukts vai atkārtots</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/vendors.py" line="415"/>
        <source>The stall {vendor} had is no longer free that day. Choose another stall for them.</source>
        <translation>Vieta, kas bija tirgotājam {vendor}, tajā dienā vairs nav brīva. Izvēlieties citu vietu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/vendors.py" line="427"/>
        <source>A fee cannot be negative.</source>
        <translation>Maksa nevar būt negatīva.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/vendors.py" line="432"/>
        <source>Say why the fee is reduced, e.g. a charity NGO selling its members&apos; handicrafts.</source>
        <translation>Norādiet, kāpēc maksa samazināta, piemēram, labdarības NVO pārdod savu biedru rokdarbus.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/vendors.py" line="444"/>
        <source>Say why the fee is waived, e.g. a charity NGO.</source>
        <translation>Norādiet, kāpēc atbrīvo no maksas, piemēram, labdarības NVO.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/vendors.py" line="460"/>
        <source>The fee is waived; there is nothing to pay.</source>
        <translation>Tirgotājs ir atbrīvots no maksas; nav ko maksāt.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/vendors.py" line="492"/>
        <source>Only accepted vendors can be checked in.</source>
        <translation>Ierašanos var atzīmēt tikai apstiprinātiem tirgotājiem.</translation>
    </message>
</context>
</TS>
