<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>UndoHistory</name>
    <message>
        <location filename="../../../ngo_desktop/views/undo.py" line="76"/>
        <location filename="../../../ngo_desktop/views/undo.py" line="159"/>
        <source>&amp;Undo</source>
        <translation>&amp;Atsaukt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/undo.py" line="79"/>
        <location filename="../../../ngo_desktop/views/undo.py" line="160"/>
        <source>&amp;Redo</source>
        <translation>A&amp;tkārtot</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/undo.py" line="98"/>
        <source>Could not undo</source>
        <translation>Nevarēja atsaukt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/undo.py" line="104"/>
        <source>Could not redo</source>
        <translation>Nevarēja atkārtot</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/undo.py" line="159"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Atsaukt: %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/undo.py" line="160"/>
        <source>&amp;Redo %1</source>
        <translation>A&amp;tkārtot: %1</translation>
    </message>
</context>
</TS>
