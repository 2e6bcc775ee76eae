<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>BookingLabels</name>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/labels.py" line="11"/>
        <source>Enquiry</source>
        <translation>Pieprasījums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/labels.py" line="12"/>
        <source>Provisional</source>
        <translation>Iepriekšēja</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/labels.py" line="13"/>
        <source>Confirmed</source>
        <translation>Apstiprināta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/labels.py" line="14"/>
        <source>Cancelled</source>
        <translation>Atcelta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/labels.py" line="20"/>
        <source>Free of charge</source>
        <translation>Bez maksas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/labels.py" line="21"/>
        <source>Unpaid</source>
        <translation>Nav samaksāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/labels.py" line="22"/>
        <source>Paid</source>
        <translation>Samaksāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/labels.py" line="23"/>
        <source>Waived</source>
        <translation>Atlaists</translation>
    </message>
</context>
</TS>
