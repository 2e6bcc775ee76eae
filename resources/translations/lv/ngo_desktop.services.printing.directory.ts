<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="lv_LV">
  <context>
    <name>Printing</name>
    <message>
      <location filename="../../../ngo_desktop/services/printing_directory.py" line="44" />
      <source>farm</source>
      <translation>zemnieku saimniecība</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/printing_directory.py" line="45" />
      <source>limited company</source>
      <translation>sabiedrība ar ierobežotu atbildību</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/printing_directory.py" line="46" />
      <source>individual merchant</source>
      <translation>individuālais komersants</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/printing_directory.py" line="47" />
      <source>joint-stock company</source>
      <translation>akciju sabiedrība</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/printing_directory.py" line="87" />
      <source>Field of activity not given</source>
      <translation>Darbības joma nav norādīta</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/printing_directory.py" line="90" />
      <source>Active organisations as of {date}</source>
      <translation>Aktīvās organizācijas {date}</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/printing_directory.py" line="93" />
      <source>Organisation directory ({count} organisations)</source>
      <translation>Organizāciju katalogs (organizāciju skaits: {count})</translation>
    </message>
  </context>
</TS>