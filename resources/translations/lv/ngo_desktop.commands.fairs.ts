<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../../ngo_desktop/commands/fairs.py" line="15"/>
        <source>the stalls of a fair with vendors, fees and payments</source>
        <translation>tirdziņa tirdzniecības vietas ar tirgotājiem, dalības maksām un maksājumiem</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/fairs.py" line="17"/>
        <source>the fair&apos;s number or exact name</source>
        <translation>tirdziņa numurs vai precīzs nosaukums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/fairs.py" line="18"/>
        <source>FILE.csv or FILE.xlsx</source>
        <translation>FAILS.csv vai FAILS.xlsx</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/fairs.py" line="30"/>
        <source>{count} stall rows written to {path}</source>
        <translation>{count} tirdzniecības vietu rindas ierakstītas failā {path}</translation>
    </message>
</context>
</TS>
