<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="lv_LV">
  <context>
    <name>RoomsDialog</name>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="76" />
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="160" />
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
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="260" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="122" />
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="280" />
      <source>Site</source>
      <translation>Filiāle</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="123" />
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="281" />
      <source>Name</source>
      <translation>Nosaukums</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="124" />
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="282" />
      <source>Capacity</source>
      <translation>Ietilpība</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="125" />
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="283" />
      <source>Equipment</source>
      <translation>Aprīkojums</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="126" />
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="284" />
      <source>Setup / cleanup</source>
      <translation>Sagatavošana / sakopšana</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="127" />
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="286" />
      <source>Hour / half day / day</source>
      <translation>Stunda / pusdiena / diena</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="128" />
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="287" />
      <source>Member discount</source>
      <translation>Biedru atlaide</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="129" />
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="288" />
      <source>Opening hours</source>
      <translation>Darba laiks</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="130" />
      <source>Save room</source>
      <translation>Saglabāt telpu</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="132" />
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="312" />
      <source>No longer in use</source>
      <translation>Vairs netiek izmantota</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="184" />
      <source>Save the changes to this room first?</source>
      <translation>Vispirms saglabāt šīs telpas izmaiņas?</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="250" />
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="318" />
      <source>The room was not saved</source>
      <translation>Telpa netika saglabāta</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="255" />
      <source>this room</source>
      <translation>šo telpu</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="292" />
      <source>Add a site</source>
      <translation>Pievienot filiāli</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="292" />
      <source>Name of the site (branch):</source>
      <translation>Filiāles nosaukums:</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="296" />
      <source>The site was not saved</source>
      <translation>Filiāle netika saglabāta</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="313" />
      <source>Take the room „%1” out of use? It is no longer offered for new bookings; its bookings stay.</source>
      <translation>Vairs neizmantot telpu „%1”? To vairs nepiedāvās jaunām rezervācijām; tās rezervācijas paliek.</translation>
    </message>
  </context>
</TS>