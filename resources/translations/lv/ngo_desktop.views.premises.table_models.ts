<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>PremisesTableModel</name>
    <message>
        <location filename="../../../ngo_desktop/views/premises/table_models.py" line="41"/>
        <source>Premises</source>
        <translation>Telpas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/table_models.py" line="41"/>
        <source>Address</source>
        <translation>Adrese</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/table_models.py" line="41"/>
        <source>Area</source>
        <translation>Platība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/table_models.py" line="41"/>
        <source>Rent a month</source>
        <translation>Nomas maksa mēnesī</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/table_models.py" line="42"/>
        <source>Utilities a month</source>
        <translation>Komunālie mēnesī</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/table_models.py" line="42"/>
        <source>Occupancy</source>
        <translation>Noslodze</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/table_models.py" line="42"/>
        <source>Tenants now</source>
        <translation>Pašreizējie nomnieki</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/table_models.py" line="83"/>
        <source> (archived)</source>
        <translation> (arhivētas)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/table_models.py" line="94"/>
        <source>vacant</source>
        <translation>brīvas</translation>
    </message>
</context>
<context>
    <name>TenanciesTableModel</name>
    <message>
        <location filename="../../../ngo_desktop/views/premises/table_models.py" line="105"/>
        <source>Tenant</source>
        <translation>Nomnieks</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/table_models.py" line="105"/>
        <source>Activity</source>
        <translation>Darbība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/table_models.py" line="105"/>
        <source>Term</source>
        <translation>Termiņš</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/table_models.py" line="105"/>
        <source>Share</source>
        <translation>Daļa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/table_models.py" line="106"/>
        <source>Reduction</source>
        <translation>Atlaide</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/table_models.py" line="106"/>
        <source>Decision</source>
        <translation>Lēmums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/table_models.py" line="137"/>
        <source> (ended {date})</source>
        <translation> (izbeigts {date})</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/table_models.py" line="150"/>
        <source>rent</source>
        <translation>noma</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/table_models.py" line="151"/>
        <source>utilities</source>
        <translation>komunālie</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/table_models.py" line="157"/>
        <source>none</source>
        <translation>nav</translation>
    </message>
</context>
</TS>
