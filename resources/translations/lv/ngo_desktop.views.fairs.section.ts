<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="lv_LV">
  <context>
    <name>FairsSection</name>
    <message>
      <location filename="../../../ngo_desktop/views/fairs/section.py" line="14" />
      <source>No fairs or markets yet — plan the first one</source>
      <translation>Tirdziņu vai tirgu vēl nav — ieplānojiet pirmo</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/fairs/section.py" line="15" />
      <source>Seasonal markets and charity fairs with their stall plans and vendors appear here.</source>
      <translation>Šeit redzami sezonas tirgi un labdarības tirdziņi ar tirdzniecības vietu plāniem un tirgotājiem.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../ngo_desktop/views/fairs/section.py" line="18" />
      <source>%n fair(s) and market(s)</source>
      <translation>
        <numerusform>%n tirdziņš vai tirgus</numerusform>
        <numerusform>%n tirdziņi un tirgi</numerusform>
        <numerusform>%n tirdziņu un tirgu</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/fairs/section.py" line="19" />
      <source>The stall plan and vendor lists are not part of this version yet.</source>
      <translation>Tirdzniecības vietu plāns un tirgotāju saraksti šajā versijā vēl nav iekļauti.</translation>
    </message>
  </context>
</TS>