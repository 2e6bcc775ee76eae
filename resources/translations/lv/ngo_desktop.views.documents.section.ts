<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="lv_LV">
  <context>
    <name>DocumentsSection</name>
    <message>
      <location filename="../../../ngo_desktop/views/documents/section.py" line="14" />
      <source>Nothing printed yet</source>
      <translation>Vēl nekas nav izdrukāts</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/documents/section.py" line="15" />
      <source>Booking sheets, door signs, schedules and flyers you print are listed here.</source>
      <translation>Šeit redzamas izdrukātās rezervāciju lapas, durvju zīmes, grafiki un afišas.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../ngo_desktop/views/documents/section.py" line="18" />
      <source>%n document(s) printed</source>
      <translation>
        <numerusform>izdrukāts %n dokuments</numerusform>
        <numerusform>izdrukāti %n dokumenti</numerusform>
        <numerusform>izdrukāts %n dokumentu</numerusform>
      </translation>
    </message>
  </context>
</TS>