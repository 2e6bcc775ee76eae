<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="lv_LV">
  <context>
    <name>PremisesSection</name>
    <message>
      <location filename="../../../ngo_desktop/views/premises/section.py" line="14" />
      <source>No pop-up premises yet — add the first premises</source>
      <translation>Pop-up telpu vēl nav — pievienojiet pirmās telpas</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/premises/section.py" line="15" />
      <source>Empty shop fronts let to new entrepreneurs, with their tenants and reductions, appear here.</source>
      <translation>Šeit redzamas jaunajiem uzņēmējiem izīrētās tukšās telpas ar īrniekiem un atlaidēm.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../ngo_desktop/views/premises/section.py" line="18" />
      <source>%n premises</source>
      <translation>
        <numerusform>%n telpa</numerusform>
        <numerusform>%n telpas</numerusform>
        <numerusform>%n telpu</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../ngo_desktop/views/premises/section.py" line="19" />
      <source>%n tenancies. Tenancy management is not part of this version yet.</source>
      <translation>
        <numerusform>%n īres līgums. Īres pārvaldība šajā versijā vēl nav iekļauta.</numerusform>
        <numerusform>%n īres līgumi. Īres pārvaldība šajā versijā vēl nav iekļauta.</numerusform>
        <numerusform>%n īres līgumu. Īres pārvaldība šajā versijā vēl nav iekļauta.</numerusform>
      </translation>
    </message>
  </context>
</TS>