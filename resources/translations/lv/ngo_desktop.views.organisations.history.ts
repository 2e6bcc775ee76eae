<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="lv_LV">
  <context>
    <name>OrganisationHistory</name>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="20" />
      <source>enquiry</source>
      <translation>pieprasījums</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="21" />
      <source>provisional</source>
      <translation>iepriekšēja</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="22" />
      <source>confirmed</source>
      <translation>apstiprināta</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="23" />
      <source>cancelled</source>
      <translation>atcelts</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="24" />
      <source>applied</source>
      <translation>pieteicies</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="25" />
      <source>accepted</source>
      <translation>apstiprināts</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="26" />
      <source>on the waitlist</source>
      <translation>gaidīšanas sarakstā</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="27" />
      <source>rejected</source>
      <translation>noraidīts</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="61" />
      <source>Bookings (%n)</source>
      <translation>
        <numerusform>Rezervācijas (%n)</numerusform>
        <numerusform>Rezervācijas (%n)</numerusform>
        <numerusform>Rezervācijas (%n)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="62" />
      <source>Fairs (%n)</source>
      <translation>
        <numerusform>Tirdziņi (%n)</numerusform>
        <numerusform>Tirdziņi (%n)</numerusform>
        <numerusform>Tirdziņi (%n)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="63" />
      <source>Tenancies (%n)</source>
      <translation>
        <numerusform>Īre (%n)</numerusform>
        <numerusform>Īre (%n)</numerusform>
        <numerusform>Īre (%n)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="64" />
      <source>Documents (%n)</source>
      <translation>
        <numerusform>Dokumenti (%n)</numerusform>
        <numerusform>Dokumenti (%n)</numerusform>
        <numerusform>Dokumenti (%n)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="66" />
      <source>When</source>
      <translation>Kad</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="66" />
      <source>Room</source>
      <translation>Telpa</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="67" />
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="73" />
      <source>Status</source>
      <translation>Statuss</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="67" />
      <source>Price</source>
      <translation>Cena</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="68" />
      <source>Contact</source>
      <translation>Kontaktpersona</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="68" />
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="84" />
      <source>Title</source>
      <translation>Nosaukums</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="72" />
      <source>Day</source>
      <translation>Diena</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="72" />
      <source>Fair</source>
      <translation>Tirdziņš</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="73" />
      <source>Stall</source>
      <translation>Tirdzniecības vieta</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="74" />
      <source>Fee</source>
      <translation>Dalības maksa</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="78" />
      <source>From</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="78" />
      <source>Until</source>
      <translation>Līdz</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="79" />
      <source>Premises</source>
      <translation>Telpas</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="79" />
      <source>Activity</source>
      <translation>Darbība</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="83" />
      <source>Printed</source>
      <translation>Izdrukāts</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="83" />
      <source>Document</source>
      <translation>Dokuments</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="84" />
      <source>By</source>
      <translation>Sagatavoja</translation>
    </message>
  </context>
</TS>