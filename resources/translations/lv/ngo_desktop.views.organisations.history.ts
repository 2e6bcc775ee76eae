<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="lv_LV">
  <context>
    <name>OrganisationHistory</name>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="30" />
      <source>enquiry</source>
      <translation>pieprasījums</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="31" />
      <source>provisional</source>
      <translation>iepriekšēja</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="32" />
      <source>confirmed</source>
      <translation>apstiprināta</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="33" />
      <source>cancelled</source>
      <translation>atcelts</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="34" />
      <source>applied</source>
      <translation>pieteicies</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="35" />
      <source>accepted</source>
      <translation>apstiprināts</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="36" />
      <source>on the waitlist</source>
      <translation>gaidīšanas sarakstā</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="37" />
      <source>rejected</source>
      <translation>noraidīts</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="83" />
      <source>Bookings (%n)</source>
      <translation>
        <numerusform>Rezervācijas (%n)</numerusform>
        <numerusform>Rezervācijas (%n)</numerusform>
        <numerusform>Rezervācijas (%n)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="84" />
      <source>Fairs (%n)</source>
      <translation>
        <numerusform>Tirdziņi (%n)</numerusform>
        <numerusform>Tirdziņi (%n)</numerusform>
        <numerusform>Tirdziņi (%n)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="85" />
      <source>Tenancies (%n)</source>
      <translation>
        <numerusform>Īre (%n)</numerusform>
        <numerusform>Īre (%n)</numerusform>
        <numerusform>Īre (%n)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="86" />
      <source>Documents (%n)</source>
      <translation>
        <numerusform>Dokumenti (%n)</numerusform>
        <numerusform>Dokumenti (%n)</numerusform>
        <numerusform>Dokumenti (%n)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="88" />
      <source>When</source>
      <translation>Kad</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="88" />
      <source>Room</source>
      <translation>Telpa</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="89" />
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="95" />
      <source>Status</source>
      <translation>Statuss</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="89" />
      <source>Price</source>
      <translation>Cena</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="90" />
      <source>Contact</source>
      <translation>Kontaktpersona</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="90" />
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="106" />
      <source>Title</source>
      <translation>Nosaukums</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="94" />
      <source>Day</source>
      <translation>Diena</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="94" />
      <source>Fair</source>
      <translation>Tirdziņš</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="95" />
      <source>Stall</source>
      <translation>Tirdzniecības vieta</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="96" />
      <source>Fee</source>
      <translation>Dalības maksa</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="100" />
      <source>From</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="100" />
      <source>Until</source>
      <translation>Līdz</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="101" />
      <source>Premises</source>
      <translation>Telpas</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="101" />
      <source>Activity</source>
      <translation>Darbība</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="105" />
      <source>Printed</source>
      <translation>Izdrukāts</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="105" />
      <source>Document</source>
      <translation>Dokuments</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="106" />
      <source>By</source>
      <translation>Sagatavoja</translation>
    </message>
  </context>
</TS>