<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../../ngo_desktop/views/documents/preview_dialog.py" line="62"/>
        <source>of %1</source>
        <translation>no %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/preview_dialog.py" line="63"/>
        <source>◀ Previous</source>
        <translation>◀ Iepriekšējā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/preview_dialog.py" line="65"/>
        <source>Next ▶</source>
        <translation>Nākamā ▶</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/preview_dialog.py" line="67"/>
        <source>Zoom out</source>
        <translation>Tālināt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/preview_dialog.py" line="69"/>
        <source>Zoom in</source>
        <translation>Tuvināt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/preview_dialog.py" line="71"/>
        <source>Fit page</source>
        <translation>Visa lapa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/preview_dialog.py" line="76"/>
        <source>Page</source>
        <translation>Lapa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/preview_dialog.py" line="83"/>
        <source>Print…</source>
        <translation>Drukāt…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/preview_dialog.py" line="86"/>
        <source>Save as PDF…</source>
        <translation>Saglabāt kā PDF…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/preview_dialog.py" line="88"/>
        <source>Open in PDF viewer</source>
        <translation>Atvērt PDF skatītājā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/preview_dialog.py" line="90"/>
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/preview_dialog.py" line="118"/>
        <source>Save as PDF</source>
        <translation>Saglabāt kā PDF</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/preview_dialog.py" line="119"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF dokumenti (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/preview_dialog.py" line="130"/>
        <location filename="../../../ngo_desktop/views/documents/preview_dialog.py" line="133"/>
        <source>Not saved</source>
        <translation>Nav saglabāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/preview_dialog.py" line="133"/>
        <source>The file could not be written: %1</source>
        <translation>Failu nevarēja saglabāt: %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/preview_dialog.py" line="145"/>
        <source>No PDF viewer</source>
        <translation>Nav PDF skatītāja</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/preview_dialog.py" line="146"/>
        <source>No program to open PDF files was found. The document was saved as %1.</source>
        <translation>Netika atrasta programma PDF failu atvēršanai. Dokuments saglabāts kā %1.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/preview_dialog.py" line="164"/>
        <source>Not printed</source>
        <translation>Nav izdrukāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/preview_dialog.py" line="164"/>
        <source>The document was not printed: %1</source>
        <translation>Dokuments netika izdrukāts: %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/preview_dialog.py" line="163"/>
        <source>The printer could not be started.</source>
        <translation>Printeri nevarēja palaist.</translation>
    </message>
</context>
</TS>
