<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="lv_LV">
  <context>
    <name>CommandLine</name>
    <message>
      <location filename="../../../ngo_desktop/commands/bookings.py" line="41" />
      <source>book a room, once or repeating</source>
      <translation>rezervēt telpu vienreiz vai atkārtoti</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/bookings.py" line="42" />
      <location filename="../../../ngo_desktop/commands/bookings.py" line="75" />
      <source>ROOM</source>
      <translation>TELPA</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/bookings.py" line="43" />
      <source>the room's name or ID</source>
      <translation>telpas nosaukums vai ID</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/bookings.py" line="44" />
      <location filename="../../../ngo_desktop/commands/bookings.py" line="77" />
      <source>ORGANISATION</source>
      <translation>ORGANIZĀCIJA</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/bookings.py" line="45" />
      <source>the organisation's name or ID</source>
      <translation>organizācijas nosaukums vai ID</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/bookings.py" line="47" />
      <source>when the booking starts, e.g. "05.03.2026 18:00"</source>
      <translation>rezervācijas sākums, piemēram, "05.03.2026 18:00"</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/bookings.py" line="49" />
      <source>when the booking ends, e.g. "05.03.2026 20:00"</source>
      <translation>rezervācijas beigas, piemēram, "05.03.2026 20:00"</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/bookings.py" line="51" />
      <location filename="../../../ngo_desktop/commands/bookings.py" line="64" />
      <location filename="../../../ngo_desktop/commands/bookings.py" line="117" />
      <source>NUMBER</source>
      <translation>SKAITS</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/bookings.py" line="52" />
      <source>how many people will come (checked against the room's capacity)</source>
      <translation>cik cilvēku ieradīsies (salīdzina ar telpas ietilpību)</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/bookings.py" line="54" />
      <source>enquiry, provisional or confirmed (default: provisional)</source>
      <translation>enquiry (pieprasījums), provisional (provizoriska) vai confirmed (apstiprināta); pēc noklusējuma — provisional</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/bookings.py" line="55" />
      <source>TITLE</source>
      <translation>NOSAUKUMS</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/bookings.py" line="56" />
      <source>what the booking is for (default: the organisation's name)</source>
      <translation>rezervācijas nosaukums (pēc noklusējuma — organizācijas nosaukums)</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/bookings.py" line="58" />
      <source>weekly, every-2-weeks or monthly-nth (the same weekday of the month, e.g. every second Tuesday)</source>
      <translation>weekly (katru nedēļu), every-2-weeks (ik pēc divām nedēļām) vai monthly-nth (reizi mēnesī tajā pašā nedēļas dienā, piemēram, katra mēneša otrajā otrdienā)</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/bookings.py" line="62" />
      <source>the last day of the repeats</source>
      <translation>atkārtojumu pēdējā diena</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/bookings.py" line="65" />
      <source>how many times in all</source>
      <translation>cik reižu kopā</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/bookings.py" line="67" />
      <source>leave out the dates of a series that break a rule</source>
      <translation>izlaist sērijas datumus, kas pārkāpj kādu noteikumu</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/bookings.py" line="68" />
      <location filename="../../../ngo_desktop/commands/bookings.py" line="93" />
      <source>REASON</source>
      <translation>IEMESLS</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/bookings.py" line="69" />
      <source>book despite capacity, hours, closure, holiday or past</source>
      <translation>rezervēt, neraugoties uz ietilpību, darba laiku, slēgšanu, svētku dienu vai pagātni</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/bookings.py" line="72" />
      <source>bookings to .ics, .csv or .xlsx</source>
      <translation>rezervācijas failā .ics, .csv vai .xlsx</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/bookings.py" line="73" />
      <location filename="../../../ngo_desktop/commands/bookings.py" line="87" />
      <location filename="../../../ngo_desktop/commands/bookings.py" line="91" />
      <source>FILE</source>
      <translation>FAILS</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/bookings.py" line="74" />
      <source>a file ending in .ics, .csv or .xlsx</source>
      <translation>fails ar paplašinājumu .ics, .csv vai .xlsx</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/bookings.py" line="76" />
      <source>only this room (its name or ID)</source>
      <translation>tikai šī telpa (tās nosaukums vai ID)</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/bookings.py" line="78" />
      <source>only this organisation (its name or ID)</source>
      <translation>tikai šī organizācija (tās nosaukums vai ID)</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/bookings.py" line="80" />
      <source>the first day (default: a year ago)</source>
      <translation>pirmā diena (pēc noklusējuma — pirms gada)</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/bookings.py" line="82" />
      <source>the last day (default: a year from today)</source>
      <translation>pēdējā diena (pēc noklusējuma — pēc gada)</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/bookings.py" line="86" />
      <source>rooms from .csv or .xlsx</source>
      <translation>telpas no .csv vai .xlsx</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/bookings.py" line="88" />
      <location filename="../../../ngo_desktop/commands/bookings.py" line="92" />
      <source>a file ending in .csv or .xlsx</source>
      <translation>fails ar paplašinājumu .csv vai .xlsx</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/bookings.py" line="90" />
      <source>bookings from .csv or .xlsx</source>
      <translation>rezervācijas no .csv vai .xlsx</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/bookings.py" line="94" />
      <source>import despite capacity, hours, closure, holiday or past</source>
      <translation>importēt, neraugoties uz ietilpību, darba laiku, slēgšanu, svētku dienu vai pagātni</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/bookings.py" line="116" />
      <source>A repeat needs --until {date} or --count {number}.</source>
      <translation>Atkārtojumam jānorāda --until {date} vai --count {number}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../ngo_desktop/commands/bookings.py" line="149" />
      <source>Bookings written to {file}: %n.</source>
      <translation>
        <numerusform>Failā {file} ierakstīta %n rezervācija.</numerusform>
        <numerusform>Failā {file} ierakstītas %n rezervācijas.</numerusform>
        <numerusform>Nav nevienas atbilstošas rezervācijas; failā {file} ierakstīts tukšs saraksts.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../ngo_desktop/commands/bookings.py" line="161" />
      <source>Rooms imported: %n.</source>
      <translation>
        <numerusform>Importēta %n telpa.</numerusform>
        <numerusform>Importētas %n telpas.</numerusform>
        <numerusform>Nav importēta neviena telpa.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../ngo_desktop/commands/bookings.py" line="173" />
      <source>Bookings imported: %n.</source>
      <translation>
        <numerusform>Importēta %n rezervācija.</numerusform>
        <numerusform>Importētas %n rezervācijas.</numerusform>
        <numerusform>Nav importēta neviena rezervācija.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../ngo_desktop/commands/bookings.py" line="180" />
      <source>Nothing was imported; rows with problems: %n.</source>
      <translation>
        <numerusform>Nekas netika importēts: %n rindā ir kļūdas.</numerusform>
        <numerusform>Nekas netika importēts: %n rindās ir kļūdas.</numerusform>
        <numerusform>Nekas netika importēts.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/bookings.py" line="125" />
      <source>skipped {when}: {reason}</source>
      <translation>izlaists {when}: {reason}</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/bookings.py" line="140" />
      <source>--to {last} is before --from {first}; give the earlier day first.</source>
      <translation>--to {last} ir pirms --from {first}; vispirms norādiet agrāko dienu.</translation>
    </message>
  </context>
</TS>