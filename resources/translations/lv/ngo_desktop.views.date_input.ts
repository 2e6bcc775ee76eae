<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../../ngo_desktop/views/date_input.py" line="305"/>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.gggg</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/date_input.py" line="309"/>
        <source>Choose from the calendar</source>
        <translation>Izvēlēties kalendārā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/date_input.py" line="360"/>
        <source>Enter a date, for example 30.06.2027.</source>
        <translation>Ierakstiet datumu, piemēram, 30.06.2027.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/date_input.py" line="364"/>
        <source>There is no day „%1”: check the day and the month (for example 30.06.2027).</source>
        <translation>Dienas „%1” nav: pārbaudiet dienu un mēnesi (piemēram, 30.06.2027).</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/date_input.py" line="366"/>
        <source>„%1” is not a date. Type it as 30.06.2027, 30062027 or 30.6.27.</source>
        <translation>„%1” nav datums. Ierakstiet to kā 30.06.2027, 30062027 vai 30.6.27.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/date_input.py" line="375"/>
        <source>The date must be from %1 to %2.</source>
        <translation>Datumam jābūt no %1 līdz %2.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/date_input.py" line="378"/>
        <source>The date may not be before %1.</source>
        <translation>Datums nedrīkst būt pirms %1.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/date_input.py" line="380"/>
        <source>The date may not be after %1.</source>
        <translation>Datums nedrīkst būt pēc %1.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/date_input.py" line="415"/>
        <source>mm.yyyy</source>
        <translation>mm.gggg</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/date_input.py" line="437"/>
        <source>Enter a month, for example 06.2027.</source>
        <translation>Ierakstiet mēnesi, piemēram, 06.2027.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/date_input.py" line="440"/>
        <source>„%1” is not a month. Type it as 06.2027 or 6.27.</source>
        <translation>„%1” nav mēnesis. Ierakstiet to kā 06.2027 vai 6.27.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/date_input.py" line="449"/>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/date_input.py" line="481"/>
        <source>Enter a time, for example 9:30.</source>
        <translation>Ierakstiet laiku, piemēram, 9:30.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/date_input.py" line="485"/>
        <source>There is no time „%1”: hours go from 0 to 23 and minutes from 0 to 59.</source>
        <translation>Laika „%1” nav: stundas ir no 0 līdz 23, minūtes no 0 līdz 59.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/date_input.py" line="487"/>
        <source>„%1” is not a time. Type it as 9:30, 930 or 9.</source>
        <translation>„%1” nav laiks. Ierakstiet to kā 9:30, 930 vai 9.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/date_input.py" line="557"/>
        <source>Check the date</source>
        <translation>Pārbaudiet datumu</translation>
    </message>
</context>
</TS>
