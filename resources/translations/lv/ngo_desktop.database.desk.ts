<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>DeskDatabase</name>
    <message>
        <location filename="../../../ngo_desktop/database/desk.py" line="40"/>
        <source>the file was emptied to 0 bytes</source>
        <translation>fails ir iztukšots līdz 0 baitiem</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/database/desk.py" line="54"/>
        <source>The database {path} is damaged ({detail}) and no good automatic backup of it was found in {folder}. It was left untouched; restore a backup you made with “ngo-desktop restore FILE”.</source>
        <translation>Datubāze {path} ir bojāta ({detail}), un mapē {folder} nav atrasta neviena laba tās automātiskā rezerves kopija. Tā netika aiztikta; atjaunojiet pašu veidotu rezerves kopiju ar „ngo-desktop restore FAILS”.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/database/desk.py" line="59"/>
        <source>The database {path} is damaged ({detail}). It was left untouched; the newest good backup is {backup}: restore it with “ngo-desktop restore {backup}”.</source>
        <translation>Datubāze {path} ir bojāta ({detail}). Tā netika aiztikta; jaunākā labā rezerves kopija ir {backup}: atjaunojiet to ar „ngo-desktop restore {backup}”.</translation>
    </message>
</context>
</TS>
