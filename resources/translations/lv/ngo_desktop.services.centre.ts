<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Centre</name>
    <message>
        <location filename="../../../ngo_desktop/services/centre.py" line="59"/>
        <source>Enter the centre&apos;s name: it is printed on every document.</source>
        <translation>Ievadiet centra nosaukumu: tas tiek drukāts uz katra dokumenta.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/centre.py" line="61"/>
        <source>The e-mail address is not valid. Check it, e.g. info@centrs.lv.</source>
        <translation>E-pasta adrese nav derīga. Pārbaudiet to, piem., info@centrs.lv.</translation>
    </message>
</context>
</TS>
