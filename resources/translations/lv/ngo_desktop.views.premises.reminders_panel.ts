<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>RemindersPanel</name>
    <message>
        <location filename="../../../ngo_desktop/views/premises/reminders_panel.py" line="60"/>
        <source>Terms ending within 30 days (%1)</source>
        <translation>Termiņi, kas beigsies 30 dienu laikā (%1)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/reminders_panel.py" line="62"/>
        <source>Unpaid months (%1)</source>
        <translation>Nesamaksātie mēneši (%1)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/reminders_panel.py" line="64"/>
        <source>%1 — %2, %3 (in %4 days)</source>
        <translation>%1 — %2, %3 (atlikušās dienas: %4)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/reminders_panel.py" line="70"/>
        <source>%1 — %2, %3: %4 outstanding (due on %5)</source>
        <translation>%1 — %2, %3: parāds %4 (jāsamaksā līdz %5)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/reminders_panel.py" line="80"/>
        <source>None — nothing ends soon.</source>
        <translation>Nav — tuvākajā laikā nekas nebeidzas.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/reminders_panel.py" line="82"/>
        <source>None — every month due is paid.</source>
        <translation>Nav — par visiem maksājamajiem mēnešiem ir samaksāts.</translation>
    </message>
</context>
</TS>
