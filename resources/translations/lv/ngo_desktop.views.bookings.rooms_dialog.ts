<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="lv_LV">
  <context>
    <name>RoomsDialog</name>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="76" />
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="162" />
      <source>Rooms and sites</source>
      <translation>Telpas un filiāles</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="80" />
      <source>Add a site…</source>
      <translation>Pievienot filiāli…</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="82" />
      <source>New room</source>
      <translation>Jauna telpa</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="101" />
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="243" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="124" />
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="263" />
      <source>Site</source>
      <translation>Filiāle</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="125" />
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="264" />
      <source>Name</source>
      <translation>Nosaukums</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="126" />
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="265" />
      <source>Capacity</source>
      <translation>Ietilpība</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="127" />
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="266" />
      <source>Equipment</source>
      <translation>Aprīkojums</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="128" />
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="267" />
      <source>Setup / cleanup</source>
      <translation>Sagatavošana / sakopšana</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="129" />
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="269" />
      <source>Hour / half day / day</source>
      <translation>Stunda / pusdiena / diena</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="130" />
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="270" />
      <source>Member discount</source>
      <translation>Biedru atlaide</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="131" />
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="271" />
      <source>Opening hours</source>
      <translation>Darba laiks</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="132" />
      <source>Save room</source>
      <translation>Saglabāt telpu</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="134" />
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="295" />
      <source>No longer in use</source>
      <translation>Vairs netiek izmantota</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="233" />
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="301" />
      <source>The room was not saved</source>
      <translation>Telpa netika saglabāta</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="238" />
      <source>this room</source>
      <translation>šo telpu</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="275" />
      <source>Add a site</source>
      <translation>Pievienot filiāli</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="275" />
      <source>Name of the site (branch):</source>
      <translation>Filiāles nosaukums:</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="279" />
      <source>The site was not saved</source>
      <translation>Filiāle netika saglabāta</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="296" />
      <source>Take the room „%1” out of use? It is no longer offered for new bookings; its bookings stay.</source>
      <translation>Vairs neizmantot telpu „%1”? To vairs nepiedāvās jaunām rezervācijām; tās rezervācijas paliek.</translation>
    </message>
  </context>
</TS>