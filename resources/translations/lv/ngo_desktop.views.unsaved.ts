<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>UnsavedChanges</name>
    <message>
        <location filename="../../../ngo_desktop/views/unsaved.py" line="93"/>
        <source>Save the changes before closing?</source>
        <translation>Saglabāt izmaiņas pirms aizvēršanas?</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/unsaved.py" line="94"/>
        <source>Changes that are not saved will be lost.</source>
        <translation>Nesaglabātās izmaiņas zudīs.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/unsaved.py" line="95"/>
        <source>Save</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/unsaved.py" line="96"/>
        <source>Discard changes</source>
        <translation>Atmest izmaiņas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/unsaved.py" line="97"/>
        <location filename="../../../ngo_desktop/views/unsaved.py" line="208"/>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/unsaved.py" line="202"/>
        <source>Quit</source>
        <translation>Iziet</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/unsaved.py" line="203"/>
        <source>Changes in %1 are not saved yet.</source>
        <translation>Izmaiņas sadaļā %1 vēl nav saglabātas.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/unsaved.py" line="205"/>
        <source>Quit anyway and lose them?</source>
        <translation>Tomēr iziet un tās zaudēt?</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/unsaved.py" line="206"/>
        <source>Quit without saving</source>
        <translation>Iziet bez saglabāšanas</translation>
    </message>
</context>
</TS>
