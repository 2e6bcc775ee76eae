<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>SupportTableModel</name>
    <message>
        <location filename="../../../ngo_desktop/views/premises/support_view.py" line="34"/>
        <source>Month</source>
        <translation>Mēnesis</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/support_view.py" line="34"/>
        <source>Tenancies</source>
        <translation>Nomas līgumi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/support_view.py" line="34"/>
        <source>Charged</source>
        <translation>Aprēķināts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/support_view.py" line="34"/>
        <source>Rent reductions</source>
        <translation>Nomas maksas atlaides</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/support_view.py" line="35"/>
        <source>Utilities reductions</source>
        <translation>Komunālo maksājumu atlaides</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/support_view.py" line="35"/>
        <source>Support given</source>
        <translation>Sniegtais atbalsts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/support_view.py" line="35"/>
        <source>Amount due</source>
        <translation>Maksājamā summa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/support_view.py" line="36"/>
        <source>Paid</source>
        <translation>Samaksāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/support_view.py" line="62"/>
        <source>Total</source>
        <translation>Kopā</translation>
    </message>
</context>
<context>
    <name>SupportView</name>
    <message>
        <location filename="../../../ngo_desktop/views/premises/support_view.py" line="88"/>
        <source>Export for the report…</source>
        <translation>Eksportēt pārskatam…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/support_view.py" line="91"/>
        <source>Year</source>
        <translation>Gads</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/support_view.py" line="104"/>
        <source>Support given is what the municipality&apos;s reductions of rent and utilities cost in each month.</source>
        <translation>Sniegtais atbalsts ir summa, ko katrā mēnesī izmaksā pašvaldības piešķirtās nomas maksas un komunālo maksājumu atlaides.</translation>
    </message>
</context>
</TS>
