<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Demo</name>
    <message>
        <location filename="../../../ngo_desktop/services/demo/fill.py" line="158"/>
        <source>The database already holds data (sites: {sites}, rooms: {rooms}, organisations: {organisations}). Demo data is loaded only into an empty database: choose an empty database, or use --force to add the demo data alongside the existing data.</source>
        <translation>Datubāzē jau ir dati (filiāles: {sites}, telpas: {rooms}, organizācijas: {organisations}). Demonstrācijas datus ielādē tikai tukšā datubāzē: izvēlieties tukšu datubāzi vai izmantojiet --force, lai demonstrācijas datus pievienotu esošajiem datiem.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/demo/fill.py" line="181"/>
        <source>Demo data loaded ({scale})</source>
        <translation>Demonstrācijas dati ielādēti ({scale})</translation>
    </message>
</context>
</TS>
