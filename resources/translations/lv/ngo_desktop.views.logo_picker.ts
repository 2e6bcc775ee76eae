<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>LogoPicker</name>
    <message>
        <location filename="../../../ngo_desktop/views/logo_picker.py" line="30"/>
        <source>Choose logo…</source>
        <translation>Izvēlēties logotipu…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/logo_picker.py" line="32"/>
        <source>Remove logo</source>
        <translation>Noņemt logotipu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/logo_picker.py" line="49"/>
        <source>Choose a logo</source>
        <translation>Izvēlieties logotipu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/logo_picker.py" line="49"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Attēli (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/logo_picker.py" line="56"/>
        <source>The chosen file is not an image this program can read.</source>
        <translation>Izvēlētais fails nav attēls, ko šī programma var nolasīt.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/logo_picker.py" line="74"/>
        <source>no logo</source>
        <translation>nav logotipa</translation>
    </message>
</context>
</TS>
