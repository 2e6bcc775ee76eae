<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="lv_LV">
  <context>
    <name>CommandLine</name>
    <message>
      <location filename="../../../ngo_desktop/commands/bookings.py" line="27" />
      <source>book a room, once or repeating</source>
      <translation>rezervēt telpu vienreiz vai atkārtoti</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/bookings.py" line="28" />
      <source>room name or id</source>
      <translation>telpas nosaukums vai ID</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/bookings.py" line="29" />
      <source>organisation name or id</source>
      <translation>organizācijas nosaukums vai ID</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/bookings.py" line="40" />
      <source>leave out the dates of a series that break a rule</source>
      <translation>izlaist sērijas datumus, kas pārkāpj kādu noteikumu</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/bookings.py" line="42" />
      <source>book despite capacity, hours, closure, holiday or past</source>
      <translation>rezervēt, neskatoties uz ietilpību, darba laiku, slēgšanu, svētku dienu vai pagātni</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/bookings.py" line="45" />
      <source>bookings to .ics, .csv or .xlsx</source>
      <translation>rezervācijas uz .ics, .csv vai .xlsx</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/bookings.py" line="54" />
      <source>rooms from .csv or .xlsx</source>
      <translation>telpas no .csv vai .xlsx</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/bookings.py" line="57" />
      <source>bookings from .csv or .xlsx</source>
      <translation>rezervācijas no .csv vai .xlsx</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/bookings.py" line="81" />
      <source>A repeat needs --until DATE or --count N.</source>
      <translation>Atkārtojumam vajag --until DATUMS vai --count N.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/bookings.py" line="89" />
      <source>skipped {when}: {reason}</source>
      <translation>izlaists {when}: {reason}</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/bookings.py" line="104" />
      <source>--to {last} is before --from {first}; give the earlier day first.</source>
      <translation>--to {last} ir pirms --from {first}; vispirms norādiet agrāko dienu.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../ngo_desktop/commands/bookings.py" line="113" />
      <source>%n booking(s) written to {file}</source>
      <translation>
        <numerusform>%n rezervācija ierakstīta failā {file}</numerusform>
        <numerusform>%n rezervācijas ierakstītas failā {file}</numerusform>
        <numerusform>%n rezervāciju ierakstīts failā {file}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../ngo_desktop/commands/bookings.py" line="142" />
      <source>Nothing was imported: %n row(s) have problems.</source>
      <translation>
        <numerusform>Nekas netika importēts: %n rindā ir kļūdas.</numerusform>
        <numerusform>Nekas netika importēts: %n rindās ir kļūdas.</numerusform>
        <numerusform>Nekas netika importēts: %n rindās ir kļūdas.</numerusform>
      </translation>
    </message>
  </context>
</TS>