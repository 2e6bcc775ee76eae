<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>FairPrintMenu</name>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/print_menu.py" line="32"/>
        <location filename="../../../ngo_desktop/views/fairs/print_menu.py" line="30"/>
        <source>Print</source>
        <translation>Drukāt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/print_menu.py" line="48"/>
        <location filename="../../../ngo_desktop/views/fairs/print_menu.py" line="44"/>
        <source>Nothing to print</source>
        <translation>Nav ko drukāt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/print_menu.py" line="49"/>
        <location filename="../../../ngo_desktop/views/fairs/print_menu.py" line="45"/>
        <source>This fair has no days yet. Add its days first.</source>
        <translation>Šim tirdziņam vēl nav dienu. Vispirms pievienojiet tā dienas.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/print_menu.py" line="56"/>
        <source>Flyer, A4…</source>
        <translation>Afiša, A4…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/print_menu.py" line="57"/>
        <location filename="../../../ngo_desktop/views/fairs/print_menu.py" line="52"/>
        <source>Flyer, {paper}…</source>
        <translation>Afiša, {paper}…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/print_menu.py" line="53"/>
        <source>Flyer, A5…</source>
        <translation>Afiša, A5…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/print_menu.py" line="59"/>
        <location filename="../../../ngo_desktop/views/fairs/print_menu.py" line="55"/>
        <source>Stall plan of the day…</source>
        <translation>Dienas tirdzniecības vietu plāns…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/print_menu.py" line="60"/>
        <location filename="../../../ngo_desktop/views/fairs/print_menu.py" line="56"/>
        <source>Check-in sheet of the day…</source>
        <translation>Dienas ierašanās saraksts…</translation>
    </message>
</context>
</TS>
