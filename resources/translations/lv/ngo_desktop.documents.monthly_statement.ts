<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>DocumentLabels</name>
    <message>
        <location filename="../../../ngo_desktop/documents/monthly_statement.py" line="21"/>
        <source>Monthly statement</source>
        <translation>Mēneša aprēķins</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/documents/monthly_statement.py" line="22"/>
        <source>Tenancy</source>
        <translation>Īre</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/documents/monthly_statement.py" line="23"/>
        <source>Amounts</source>
        <translation>Summas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/documents/monthly_statement.py" line="24"/>
        <source>Tenant</source>
        <translation>Īrnieks</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/documents/monthly_statement.py" line="25"/>
        <source>Premises</source>
        <translation>Telpas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/documents/monthly_statement.py" line="26"/>
        <source>Term</source>
        <translation>Termiņš</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/documents/monthly_statement.py" line="27"/>
        <source>Days in this month</source>
        <translation>Dienas šajā mēnesī</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/documents/monthly_statement.py" line="28"/>
        <source>Municipality&apos;s decision</source>
        <translation>Pašvaldības lēmums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/documents/monthly_statement.py" line="29"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/documents/monthly_statement.py" line="30"/>
        <source>Paid</source>
        <translation>Samaksāts</translation>
    </message>
</context>
</TS>
