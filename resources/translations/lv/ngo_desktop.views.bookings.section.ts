<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="lv_LV">
  <context>
    <name>BookingsSection</name>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/section.py" line="14" />
      <source>No rooms yet — add the first room</source>
      <translation>Telpu vēl nav — pievienojiet pirmo telpu</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/section.py" line="15" />
      <source>Rooms and halls the centre lends appear here with their bookings.</source>
      <translation>Šeit redzamas centra iznomātās telpas un zāles ar to rezervācijām.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../ngo_desktop/views/bookings/section.py" line="18" />
      <source>%n room(s)</source>
      <translation>
        <numerusform>%n telpa</numerusform>
        <numerusform>%n telpas</numerusform>
        <numerusform>%n telpu</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../ngo_desktop/views/bookings/section.py" line="19" />
      <source>%n upcoming booking(s). The booking calendar is not part of this version yet.</source>
      <translation>
        <numerusform>%n gaidāma rezervācija. Rezervāciju kalendārs šajā versijā vēl nav iekļauts.</numerusform>
        <numerusform>%n gaidāmas rezervācijas. Rezervāciju kalendārs šajā versijā vēl nav iekļauts.</numerusform>
        <numerusform>%n gaidāmu rezervāciju. Rezervāciju kalendārs šajā versijā vēl nav iekļauts.</numerusform>
      </translation>
    </message>
  </context>
</TS>