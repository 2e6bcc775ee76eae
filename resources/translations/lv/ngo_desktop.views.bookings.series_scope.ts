<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>SeriesScope</name>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/series_scope.py" line="18"/>
        <source>This booking is one date of a series.</source>
        <translation>Šī rezervācija ir viens sērijas datums.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/series_scope.py" line="20"/>
        <source>This date</source>
        <translation>Tikai šo datumu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/series_scope.py" line="22"/>
        <source>This and the following</source>
        <translation>Šo un nākamos</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/series_scope.py" line="24"/>
        <source>The whole series</source>
        <translation>Visu sēriju</translation>
    </message>
</context>
</TS>
