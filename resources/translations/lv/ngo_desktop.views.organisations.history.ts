<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="lv_LV">
  <context>
    <name>OrganisationHistory</name>
    <message numerus="yes">
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="39" />
      <source>Bookings (%n)</source>
      <translation>
        <numerusform>Rezervācijas (%n)</numerusform>
        <numerusform>Rezervācijas (%n)</numerusform>
        <numerusform>Rezervācijas (%n)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="40" />
      <source>Fairs (%n)</source>
      <translation>
        <numerusform>Tirdziņi (%n)</numerusform>
        <numerusform>Tirdziņi (%n)</numerusform>
        <numerusform>Tirdziņi (%n)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="41" />
      <source>Tenancies (%n)</source>
      <translation>
        <numerusform>Nomas līgumi (%n)</numerusform>
        <numerusform>Nomas līgumi (%n)</numerusform>
        <numerusform>Nomas līgumi (%n)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="42" />
      <source>Documents (%n)</source>
      <translation>
        <numerusform>Dokumenti (%n)</numerusform>
        <numerusform>Dokumenti (%n)</numerusform>
        <numerusform>Dokumenti (%n)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="44" />
      <source>When</source>
      <translation>Kad</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="44" />
      <source>Room</source>
      <translation>Telpa</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="45" />
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="51" />
      <source>Status</source>
      <translation>Statuss</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="45" />
      <source>Price</source>
      <translation>Cena</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="46" />
      <source>Contact</source>
      <translation>Kontaktpersona</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="46" />
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="62" />
      <source>Title</source>
      <translation>Nosaukums</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="50" />
      <source>Day</source>
      <translation>Diena</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="50" />
      <source>Fair</source>
      <translation>Tirdziņš</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="51" />
      <source>Stall</source>
      <translation>Tirdzniecības vieta</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="52" />
      <source>Fee</source>
      <translation>Vietas maksa</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="56" />
      <source>From</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="56" />
      <source>Until</source>
      <translation>Līdz</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="57" />
      <source>Premises</source>
      <translation>Telpas</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="57" />
      <source>Activity</source>
      <translation>Darbība</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="61" />
      <source>Printed</source>
      <translation>Izdrukāts</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="61" />
      <source>Document</source>
      <translation>Dokuments</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/history.py" line="62" />
      <source>By</source>
      <translation>Sagatavoja</translation>
    </message>
  </context>
</TS>