<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>RepeatPreviewDialog</name>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/repeat_preview.py" line="28"/>
        <source>Dates of the series</source>
        <translation>Sērijas datumi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/repeat_preview.py" line="33"/>
        <source>Date</source>
        <translation>Datums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/repeat_preview.py" line="33"/>
        <source>Time</source>
        <translation>Laiks</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/repeat_preview.py" line="33"/>
        <source>Check</source>
        <translation>Pārbaude</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/repeat_preview.py" line="40"/>
        <source>Fits (overridden)</source>
        <translation>Der (izņēmums)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/repeat_preview.py" line="40"/>
        <source>Fits</source>
        <translation>Der</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ngo_desktop/views/bookings/repeat_preview.py" line="50"/>
        <source>Dates that break a rule: %n.</source>
        <translation>
            <numerusform>%n datums pārkāpj kādu noteikumu.</numerusform>
            <numerusform>%n datumi pārkāpj kādu noteikumu.</numerusform>
            <numerusform>Neviens datums nepārkāpj noteikumus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ngo_desktop/views/bookings/repeat_preview.py" line="51"/>
        <source>All dates fit (%n).</source>
        <translation>
            <numerusform>Der visi datumi (%n).</numerusform>
            <numerusform>Der visi datumi (%n).</numerusform>
            <numerusform>Der visi datumi (%n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ngo_desktop/views/bookings/repeat_preview.py" line="54"/>
        <source>Book the dates that fit (%n)</source>
        <translation>
            <numerusform>Rezervēt derīgos datumus (%n)</numerusform>
            <numerusform>Rezervēt derīgos datumus (%n)</numerusform>
            <numerusform>Rezervēt derīgos datumus (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/repeat_preview.py" line="58"/>
        <source>Book all</source>
        <translation>Rezervēt visus</translation>
    </message>
</context>
</TS>
