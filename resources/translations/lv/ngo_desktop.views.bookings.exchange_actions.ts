<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="lv_LV">
  <context>
    <name>BookingExchangeActions</name>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/exchange_actions.py" line="26" />
      <source>Export bookings of %1</source>
      <translation>Eksportēt %1. gada rezervācijas</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/exchange_actions.py" line="27" />
      <source>Calendar (*.ics);;CSV (*.csv);;Excel (*.xlsx)</source>
      <translation>Kalendārs (*.ics);;CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../ngo_desktop/views/bookings/exchange_actions.py" line="35" />
      <source>Bookings exported: %n.</source>
      <translation>
        <numerusform>Eksportēta %n rezervācija.</numerusform>
        <numerusform>Eksportētas %n rezervācijas.</numerusform>
        <numerusform>Eksportēts %n rezervāciju.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/exchange_actions.py" line="40" />
      <source>Exporting bookings…</source>
      <translation>Eksportē rezervācijas…</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/exchange_actions.py" line="34" />
      <location filename="../../../ngo_desktop/views/bookings/exchange_actions.py" line="41" />
      <source>Export</source>
      <translation>Eksports</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/exchange_actions.py" line="46" />
      <location filename="../../../ngo_desktop/views/bookings/exchange_actions.py" line="61" />
      <source>Import</source>
      <translation>Imports</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/exchange_actions.py" line="47" />
      <source>Spreadsheets (*.csv *.xlsx)</source>
      <translation>Izklājlapas (*.csv *.xlsx)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../ngo_desktop/views/bookings/exchange_actions.py" line="62" />
      <source>Rows imported: %n.</source>
      <translation>
        <numerusform>Importēta %n rinda.</numerusform>
        <numerusform>Importētas %n rindas.</numerusform>
        <numerusform>Importēts %n rindu.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/exchange_actions.py" line="64" />
      <source>Importing…</source>
      <translation>Importē…</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/exchange_actions.py" line="65" />
      <source>Nothing was imported</source>
      <translation>Nekas netika importēts</translation>
    </message>
  </context>
</TS>