<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="lv_LV">
  <context>
    <name>OrganisationsSection</name>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/section.py" line="14" />
      <source>No organisations yet — add the first organisation</source>
      <translation>Organizāciju vēl nav — pievienojiet pirmo organizāciju</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/organisations/section.py" line="15" />
      <source>Associations, foundations, entrepreneurs and their contact people appear here.</source>
      <translation>Šeit redzamas biedrības, nodibinājumi, uzņēmēji un to kontaktpersonas.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../ngo_desktop/views/organisations/section.py" line="18" />
      <source>%n organisation(s)</source>
      <translation>
        <numerusform>%n organizācija</numerusform>
        <numerusform>%n organizācijas</numerusform>
        <numerusform>%n organizāciju</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../ngo_desktop/views/organisations/section.py" line="19" />
      <source>%n archived. The registry list is not part of this version yet.</source>
      <translation>
        <numerusform>%n arhivēta. Reģistra saraksts šajā versijā vēl nav iekļauts.</numerusform>
        <numerusform>%n arhivētas. Reģistra saraksts šajā versijā vēl nav iekļauts.</numerusform>
        <numerusform>%n arhivētu. Reģistra saraksts šajā versijā vēl nav iekļauts.</numerusform>
      </translation>
    </message>
  </context>
</TS>