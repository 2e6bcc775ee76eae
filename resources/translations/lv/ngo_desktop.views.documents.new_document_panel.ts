<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>NewDocumentPanel</name>
    <message>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="54"/>
        <source>New document</source>
        <translation>Jauns dokuments</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="71"/>
        <source>The whole week</source>
        <translation>Visa nedēļa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="78"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="79"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="81"/>
        <source>Landscape</source>
        <translation>Ainavas orientācija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="82"/>
        <source>Make and preview…</source>
        <translation>Sagatavot un apskatīt…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="86"/>
        <source>Document</source>
        <translation>Dokuments</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="92"/>
        <source>Booking</source>
        <translation>Rezervācija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="93"/>
        <source>Room</source>
        <translation>Telpa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="94"/>
        <source>Site</source>
        <translation>Filiāle</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="95"/>
        <source>Day</source>
        <translation>Diena</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="97"/>
        <source>Fair</source>
        <translation>Tirdziņš</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="98"/>
        <source>Fair day</source>
        <translation>Tirdziņa diena</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="99"/>
        <source>Flyer size</source>
        <translation>Afišas izmērs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="100"/>
        <source>Paper</source>
        <translation>Papīrs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="140"/>
        <source>Type a date, room or organisation</source>
        <translation>Rakstiet datumu, telpu vai organizāciju</translation>
    </message>
</context>
</TS>
