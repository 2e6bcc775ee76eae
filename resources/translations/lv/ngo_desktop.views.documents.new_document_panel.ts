<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>NewDocumentPanel</name>
    <message>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="68"/>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="50"/>
        <source>New document</source>
        <translation>Jauns dokuments</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="82"/>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="62"/>
        <source>The whole week</source>
        <translation>Visa nedēļa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="89"/>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="69"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="90"/>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="70"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="91"/>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="72"/>
        <source>Landscape</source>
        <translation>Ainavas orientācija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="92"/>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="73"/>
        <source>Make and preview…</source>
        <translation>Sagatavot un apskatīt…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="96"/>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="77"/>
        <source>Document</source>
        <translation>Dokuments</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="102"/>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="83"/>
        <source>Booking</source>
        <translation>Rezervācija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="103"/>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="84"/>
        <source>Room</source>
        <translation>Telpa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="104"/>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="85"/>
        <source>Site</source>
        <translation>Filiāle</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="105"/>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="86"/>
        <source>Day</source>
        <translation>Diena</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="107"/>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="88"/>
        <source>Fair</source>
        <translation>Tirdziņš</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="108"/>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="89"/>
        <source>Fair day</source>
        <translation>Tirdziņa diena</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="109"/>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="90"/>
        <source>Flyer size</source>
        <translation>Afišas izmērs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="110"/>
        <location filename="../../../ngo_desktop/views/documents/new_document_panel.py" line="91"/>
        <source>Paper</source>
        <translation>Papīrs</translation>
    </message>
</context>
</TS>
