<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>BookingConflict</name>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/conflict.py" line="15"/>
        <source>Title</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/conflict.py" line="16"/>
        <source>Time</source>
        <translation>Laiks</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/conflict.py" line="17"/>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/conflict.py" line="18"/>
        <source>Attendees</source>
        <translation>Dalībnieki</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/conflict.py" line="19"/>
        <source>Purpose</source>
        <translation>Mērķis</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/conflict.py" line="20"/>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/conflict.py" line="29"/>
        <source>Changed at another desk</source>
        <translation>Mainīts citā darba vietā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/conflict.py" line="30"/>
        <source>Someone at another desk saved this booking after you opened it.</source>
        <translation>Kāds citā darba vietā saglabāja šo rezervāciju pēc tam, kad jūs to atvērāt.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/conflict.py" line="32"/>
        <source>Saved meanwhile → yours:</source>
        <translation>Pa to laiku saglabātais → jūsu:</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/conflict.py" line="32"/>
        <source>(the same values)</source>
        <translation>(vērtības sakrīt)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/conflict.py" line="33"/>
        <source>Your version is still in the form. Save again to replace the saved version with yours, or Cancel to keep it.</source>
        <translation>Jūsu versija joprojām ir veidlapā. Saglabājiet vēlreiz, lai saglabāto versiju aizstātu ar savējo, vai spiediet Atcelt, lai to paturētu.</translation>
    </message>
</context>
</TS>
