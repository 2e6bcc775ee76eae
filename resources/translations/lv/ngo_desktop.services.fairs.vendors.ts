<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Vendors</name>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/vendors.py" line="101"/>
        <source>This application no longer exists.</source>
        <translation>Šis pieteikums vairs nepastāv.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/vendors.py" line="119"/>
        <source>Choose at least one day the vendor wants.</source>
        <translation>Izvēlieties vismaz vienu dienu, kurā tirgotājs vēlas tirgoties.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/vendors.py" line="122"/>
        <source>This fair no longer exists.</source>
        <translation>Šis tirdziņš vairs nepastāv.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/vendors.py" line="125"/>
        <source>This organisation is not in the registry (or is archived).</source>
        <translation>Šīs organizācijas nav reģistrā (vai tā ir arhivēta).</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/vendors.py" line="129"/>
        <source>A chosen day is not a day of this fair.</source>
        <translation>Kāda no izvēlētajām dienām nav šī tirdziņa diena.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/vendors.py" line="211"/>
        <source>An accepted vendor cannot be rejected; cancel their place instead.</source>
        <translation>Apstiprinātu tirgotāju nevar noraidīt; tā vietā atceliet viņa tirdzniecības vietu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/vendors.py" line="262"/>
        <source>offered a place from the waitlist</source>
        <translation>piedāvāta tirdzniecības vieta no gaidīšanas saraksta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/vendors.py" line="271"/>
        <source>This vendor is no longer on the waitlist.</source>
        <translation>Šis tirgotājs vairs nav gaidīšanas sarakstā.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/vendors.py" line="274"/>
        <source>Every stall of this day is taken. Cancel a vendor first or add a stall to the plan.</source>
        <translation>Visas šīs dienas tirdzniecības vietas ir aizņemtas. Vispirms atceliet kādu tirgotāju vai pievienojiet plānam tirdzniecības vietu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/vendors.py" line="283"/>
        <source>moved up from the waitlist</source>
        <translation>pārcelts no gaidīšanas saraksta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/vendors.py" line="291"/>
        <source>This vendor has not been offered a place.</source>
        <translation>Šim tirgotājam tirdzniecības vieta nav piedāvāta.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/vendors.py" line="299"/>
        <source>declined the place offered</source>
        <translation>atteicās no piedāvātās tirdzniecības vietas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/vendors.py" line="307"/>
        <source>A fee cannot be negative.</source>
        <translation>Maksa nevar būt negatīva.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/vendors.py" line="312"/>
        <source>Say why the fee is reduced, e.g. a charity NGO selling its members&apos; handicrafts.</source>
        <translation>Norādiet, kāpēc maksa samazināta, piemēram, labdarības NVO pārdod savu biedru rokdarbus.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/vendors.py" line="324"/>
        <source>Say why the fee is waived, e.g. a charity NGO.</source>
        <translation>Norādiet, kāpēc atbrīvo no maksas, piemēram, labdarības NVO.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/vendors.py" line="340"/>
        <source>The fee is waived; there is nothing to pay.</source>
        <translation>Tirgotājs ir atbrīvots no maksas; nav ko maksāt.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/vendors.py" line="372"/>
        <source>Only accepted vendors can be checked in.</source>
        <translation>Ierašanos var atzīmēt tikai apstiprinātiem tirgotājiem.</translation>
    </message>
</context>
</TS>
