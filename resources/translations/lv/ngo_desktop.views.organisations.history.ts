<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="lv_LV">
  <context>
    <name>OrganisationHistory</name>
    <message numerus="yes">
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="67" />
      <source>Bookings (%n)</source>
      <translation>
        <numerusform>Rezervācijas (%n)</numerusform>
        <numerusform>Rezervācijas (%n)</numerusform>
        <numerusform>Rezervācijas (%n)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="68" />
      <source>Fairs (%n)</source>
      <translation>
        <numerusform>Tirdziņi (%n)</numerusform>
        <numerusform>Tirdziņi (%n)</numerusform>
        <numerusform>Tirdziņi (%n)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="69" />
      <source>Tenancies (%n)</source>
      <translation>
        <numerusform>Nomas līgumi (%n)</numerusform>
        <numerusform>Nomas līgumi (%n)</numerusform>
        <numerusform>Nomas līgumi (%n)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="70" />
      <source>Documents (%n)</source>
      <translation>
        <numerusform>Dokumenti (%n)</numerusform>
        <numerusform>Dokumenti (%n)</numerusform>
        <numerusform>Dokumenti (%n)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="72" />
      <source>When</source>
      <translation>Kad</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="72" />
      <source>Room</source>
      <translation>Telpa</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="73" />
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="79" />
      <source>Status</source>
      <translation>Statuss</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="73" />
      <source>Price</source>
      <translation>Cena</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="74" />
      <source>Contact</source>
      <translation>Kontaktpersona</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="74" />
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="90" />
      <source>Title</source>
      <translation>Nosaukums</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="78" />
      <source>Day</source>
      <translation>Diena</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="78" />
      <source>Fair</source>
      <translation>Tirdziņš</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="79" />
      <source>Stall</source>
      <translation>Tirdzniecības vieta</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="80" />
      <source>Fee</source>
      <translation>Vietas maksa</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="84" />
      <source>From</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="84" />
      <source>Until</source>
      <translation>Līdz</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="85" />
      <source>Premises</source>
      <translation>Telpas</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="85" />
      <source>Activity</source>
      <translation>Darbība</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="89" />
      <source>Printed</source>
      <translation>Izdrukāts</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="89" />
      <source>Document</source>
      <translation>Dokuments</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="90" />
      <source>By</source>
      <translation>Sagatavoja</translation>
    </message>
  </context>
</TS>