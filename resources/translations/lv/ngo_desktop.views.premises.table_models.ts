<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>PremisesTableModel</name>
    <message>
        <location filename="../../../ngo_desktop/views/premises/table_models.py" line="40"/>
        <source>Premises</source>
        <translation>Telpas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/table_models.py" line="40"/>
        <source>Address</source>
        <translation>Adrese</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/table_models.py" line="40"/>
        <source>Area</source>
        <translation>Platība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/table_models.py" line="40"/>
        <source>Rent a month</source>
        <translation>Nomas maksa mēnesī</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/table_models.py" line="41"/>
        <source>Utilities a month</source>
        <translation>Komunālie mēnesī</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/table_models.py" line="41"/>
        <source>Occupancy</source>
        <translation>Noslodze</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/table_models.py" line="41"/>
        <source>Tenants now</source>
        <translation>Pašreizējie nomnieki</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/table_models.py" line="82"/>
        <source> (archived)</source>
        <translation> (arhivētas)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/table_models.py" line="93"/>
        <source>vacant</source>
        <translation>brīvas</translation>
    </message>
</context>
<context>
    <name>TenanciesTableModel</name>
    <message>
        <location filename="../../../ngo_desktop/views/premises/table_models.py" line="104"/>
        <source>Tenant</source>
        <translation>Nomnieks</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/table_models.py" line="104"/>
        <source>Activity</source>
        <translation>Darbība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/table_models.py" line="104"/>
        <source>Term</source>
        <translation>Termiņš</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/table_models.py" line="104"/>
        <source>Share</source>
        <translation>Daļa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/table_models.py" line="105"/>
        <source>Reduction</source>
        <translation>Atlaide</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/table_models.py" line="105"/>
        <source>Decision</source>
        <translation>Lēmums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/table_models.py" line="136"/>
        <source> (ended {date})</source>
        <translation> (izbeigts {date})</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/table_models.py" line="149"/>
        <source>rent</source>
        <translation>noma</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/table_models.py" line="150"/>
        <source>utilities</source>
        <translation>komunālie</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/table_models.py" line="156"/>
        <source>none</source>
        <translation>nav</translation>
    </message>
</context>
</TS>
