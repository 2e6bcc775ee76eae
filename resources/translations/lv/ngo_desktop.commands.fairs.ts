<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="lv_LV">
  <context>
    <name>CommandLine</name>
    <message>
      <location filename="../../../ngo_desktop/commands/fairs.py" line="22" />
      <source>the stalls of a fair with vendors, fees and payments</source>
      <translation>tirdziņa tirdzniecības vietas ar tirgotājiem, vietas maksām un maksājumiem</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/fairs.py" line="23" />
      <source>FAIR</source>
      <translation>TIRDZIŅŠ</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/fairs.py" line="24" />
      <source>the fair's exact name or ID</source>
      <translation>tirdziņa precīzs nosaukums vai ID</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/fairs.py" line="25" />
      <source>FILE</source>
      <translation>FAILS</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/fairs.py" line="26" />
      <source>a file ending in .csv or .xlsx</source>
      <translation>fails ar paplašinājumu .csv vai .xlsx</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../ngo_desktop/commands/fairs.py" line="38" />
      <source>Stalls written to {path}: %n.</source>
      <translation>
        <numerusform>Failā {path} ierakstīta %n tirdzniecības vieta.</numerusform>
        <numerusform>Failā {path} ierakstītas %n tirdzniecības vietas.</numerusform>
        <numerusform>Tirdziņā nav nevienas tirdzniecības vietas; failā {path} ierakstīts tukšs saraksts.</numerusform>
      </translation>
    </message>
  </context>
</TS>