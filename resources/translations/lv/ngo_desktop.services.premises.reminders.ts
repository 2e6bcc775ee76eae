<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../../ngo_desktop/services/premises/reminders.py" line="94"/>
        <source>Pop-up terms ending within 30 days: {count}</source>
        <translation>Pop-up nomas termiņi, kas beigsies 30 dienu laikā: {count}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/reminders.py" line="96"/>
        <source>Unpaid pop-up months: {count}</source>
        <translation>Nesamaksātie pop-up mēneši: {count}</translation>
    </message>
</context>
</TS>
