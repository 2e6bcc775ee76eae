<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="lv_LV">
  <context>
    <name>DocumentLabels</name>
    <message>
      <location filename="../../../ngo_desktop/documents/monthly_statement.py" line="32" />
      <source>Monthly statement for {month}</source>
      <translation>Mēneša aprēķins par {month}</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/documents/monthly_statement.py" line="33" />
      <source>Tenancy</source>
      <translation>Noma</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/documents/monthly_statement.py" line="34" />
      <source>Amounts</source>
      <translation>Summas</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/documents/monthly_statement.py" line="35" />
      <source>Tenant</source>
      <translation>Nomnieks</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/documents/monthly_statement.py" line="36" />
      <source>Premises</source>
      <translation>Telpas</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/documents/monthly_statement.py" line="37" />
      <source>Term</source>
      <translation>Termiņš</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/documents/monthly_statement.py" line="38" />
      <source>Days in this month</source>
      <translation>Dienas šajā mēnesī</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/documents/monthly_statement.py" line="39" />
      <source>Municipality's decision</source>
      <translation>Pašvaldības lēmums</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/documents/monthly_statement.py" line="40" />
      <source>Status</source>
      <translation>Statuss</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/documents/monthly_statement.py" line="41" />
      <source>To be paid by</source>
      <translation>Jāsamaksā līdz</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/documents/monthly_statement.py" line="42" />
      <source>Paid</source>
      <translation>Samaksāts</translation>
    </message>
  </context>
</TS>