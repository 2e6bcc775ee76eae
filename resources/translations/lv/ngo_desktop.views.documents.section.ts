<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>DocumentsSection</name>
    <message>
        <location filename="../../../ngo_desktop/views/documents/section.py" line="68"/>
        <source>Printed documents</source>
        <translation>Izdrukātie dokumenti</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/section.py" line="73"/>
        <source>Make again…</source>
        <translation>Sagatavot vēlreiz…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/section.py" line="74"/>
        <source>Make the selected document again with today&apos;s data</source>
        <translation>Sagatavot izvēlēto dokumentu vēlreiz ar šodienas datiem</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/section.py" line="86"/>
        <source>Nothing printed yet</source>
        <translation>Vēl nekas nav izdrukāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/section.py" line="87"/>
        <source>Booking sheets, door signs, schedules, flyers and stall plans you print are listed here, so they can be made again.</source>
        <translation>Šeit redzamas izdrukātās rezervācijas lapas, durvju zīmes, grafiki, afišas un tirdzniecības vietu plāni, lai tos varētu sagatavot vēlreiz.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/section.py" line="89"/>
        <source>Make the first document</source>
        <translation>Sagatavot pirmo dokumentu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/section.py" line="137"/>
        <source>Cannot make again</source>
        <translation>Nevar sagatavot vēlreiz</translation>
    </message>
</context>
</TS>
