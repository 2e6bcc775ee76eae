<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Reports</name>
    <message>
        <location filename="../../../ngo_desktop/services/reports/period.py" line="33"/>
        <source>A quarter is 1, 2, 3 or 4.</source>
        <translation>Ceturksnis ir 1, 2, 3 vai 4.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/period.py" line="41"/>
        <source>A month is a number from 1 to 12.</source>
        <translation>Mēnesis ir skaitlis no 1 līdz 12.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/period.py" line="47"/>
        <source>The period ends before it starts; give an end date on or after the start date.</source>
        <translation>Periods beidzas, pirms tas sākas; norādiet beigu datumu, kas nav agrāks par sākuma datumu.</translation>
    </message>
</context>
</TS>
