<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>PremisesSection</name>
    <message>
        <location filename="../../../ngo_desktop/views/premises/section.py" line="44"/>
        <source>No pop-up premises yet — add the first premises</source>
        <translation>Pop-up telpu vēl nav — pievienojiet pirmās telpas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/section.py" line="45"/>
        <source>Empty shop fronts let to new entrepreneurs, with their tenants and the municipality&apos;s reductions, appear here.</source>
        <translation>Šeit būs redzamas tukšās veikalu telpas, kas iznomātas jaunajiem uzņēmējiem, ar to nomniekiem un pašvaldības atlaidēm.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/section.py" line="47"/>
        <source>Add premises…</source>
        <translation>Pievienot telpas…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/section.py" line="51"/>
        <source>Pop-up premises</source>
        <translation>Pop-up telpas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/section.py" line="56"/>
        <source>Export tenancies…</source>
        <translation>Eksportēt nomas līgumus…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/section.py" line="68"/>
        <source>Premises and tenants</source>
        <translation>Telpas un nomnieki</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/section.py" line="69"/>
        <source>Monthly statements</source>
        <translation>Mēneša aprēķini</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/section.py" line="70"/>
        <source>Support given</source>
        <translation>Sniegtais atbalsts</translation>
    </message>
</context>
</TS>
