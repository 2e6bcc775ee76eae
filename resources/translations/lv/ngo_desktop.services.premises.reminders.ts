<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../../ngo_desktop/services/premises/reminders.py" line="93"/>
        <source>Pop-up terms ending within 30 days: {count}</source>
        <translation>Pop-up termiņi, kas beidzas 30 dienās: {count}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/reminders.py" line="96"/>
        <source>Unpaid pop-up months: {count}</source>
        <translation>Neapmaksāti pop-up mēneši: {count}</translation>
    </message>
</context>
</TS>
