<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>DocumentLabels</name>
    <message>
        <location filename="../../../ngo_desktop/documents/tenancy_summary.py" line="22"/>
        <source>Pop-up tenancy agreement summary</source>
        <translation>Pop-up telpu nomas līguma kopsavilkums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/documents/tenancy_summary.py" line="23"/>
        <source>Premises</source>
        <translation>Telpas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/documents/tenancy_summary.py" line="24"/>
        <source>Tenant</source>
        <translation>Nomnieks</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/documents/tenancy_summary.py" line="25"/>
        <source>Terms</source>
        <translation>Noteikumi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/documents/tenancy_summary.py" line="26"/>
        <source>A full month</source>
        <translation>Pilns mēnesis</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/documents/tenancy_summary.py" line="27"/>
        <source>Signatures</source>
        <translation>Paraksti</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/documents/tenancy_summary.py" line="28"/>
        <source>Address</source>
        <translation>Adrese</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/documents/tenancy_summary.py" line="29"/>
        <source>Area</source>
        <translation>Platība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/documents/tenancy_summary.py" line="30"/>
        <source>Owner</source>
        <translation>Īpašnieks</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/documents/tenancy_summary.py" line="31"/>
        <source>Reg. No.</source>
        <translation>Reģ. Nr.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/documents/tenancy_summary.py" line="32"/>
        <source>Activity</source>
        <translation>Darbība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/documents/tenancy_summary.py" line="33"/>
        <source>Term</source>
        <translation>Termiņš</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/documents/tenancy_summary.py" line="34"/>
        <source>Share of rent and utilities</source>
        <translation>Daļa no nomas maksas un komunālajiem maksājumiem</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/documents/tenancy_summary.py" line="35"/>
        <source>Rent due</source>
        <translation>Maksājuma termiņš</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/documents/tenancy_summary.py" line="36"/>
        <source>Rent reduction</source>
        <translation>Nomas maksas atlaide</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/documents/tenancy_summary.py" line="37"/>
        <source>Utilities reduction</source>
        <translation>Komunālo maksājumu atlaide</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/documents/tenancy_summary.py" line="38"/>
        <source>Municipality&apos;s decision</source>
        <translation>Pašvaldības lēmums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/documents/tenancy_summary.py" line="39"/>
        <source>Rent</source>
        <translation>Nomas maksa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/documents/tenancy_summary.py" line="40"/>
        <source>Utilities</source>
        <translation>Komunālie maksājumi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/documents/tenancy_summary.py" line="41"/>
        <source>Reduction</source>
        <translation>Atlaide</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/documents/tenancy_summary.py" line="42"/>
        <source>Amount due</source>
        <translation>Maksājamā summa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/documents/tenancy_summary.py" line="43"/>
        <source>For the centre</source>
        <translation>Centra vārdā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/documents/tenancy_summary.py" line="44"/>
        <source>For the tenant</source>
        <translation>Nomnieka vārdā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/documents/tenancy_summary.py" line="45"/>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
</context>
</TS>
