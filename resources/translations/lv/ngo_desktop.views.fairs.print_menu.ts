<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>FairPrintMenu</name>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/print_menu.py" line="33"/>
        <source>Print</source>
        <translation>Drukāt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/print_menu.py" line="49"/>
        <source>Nothing to print</source>
        <translation>Nav ko drukāt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/print_menu.py" line="50"/>
        <source>This fair has no days yet. Add its days first.</source>
        <translation>Šim tirdziņam vēl nav dienu. Vispirms pievienojiet tā dienas.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/print_menu.py" line="60"/>
        <source>Flyer, {paper}…</source>
        <translation>Afiša, {paper}…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/print_menu.py" line="61"/>
        <source>Flyer, A5…</source>
        <translation>Afiša, A5…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/print_menu.py" line="63"/>
        <source>Stall plan of the day…</source>
        <translation>Dienas tirdzniecības vietu plāns…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/print_menu.py" line="64"/>
        <source>Check-in sheet of the day…</source>
        <translation>Dienas reģistrācijas lapa…</translation>
    </message>
</context>
</TS>
