<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Reports</name>
    <message>
        <location filename="../../../ngo_desktop/services/reports/membership.py" line="26"/>
        <source>Only the last year each member paid for is recorded, not every payment: fees paid in earlier years and the dates of payments cannot be shown.</source>
        <translation>Katram biedram ir saglabāts tikai pēdējais samaksātais gads, nevis katrs maksājums: iepriekšējos gados samaksātās biedru naudas un maksājumu datumus nevar parādīt.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/reports/membership.py" line="28"/>
        <source>Organisations are not tied to a site, so the site filter does not apply to membership.</source>
        <translation>Organizācijas nav piesaistītas filiālei, tāpēc filiāles filtrs biedru pārskatam netiek piemērots.</translation>
    </message>
</context>
</TS>
