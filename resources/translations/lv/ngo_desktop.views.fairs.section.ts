<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>FairsSection</name>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/section.py" line="71"/>
        <source>No fairs or markets yet — plan the first one</source>
        <translation>Tirdziņu vai tirgu vēl nav — ieplānojiet pirmo</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/section.py" line="72"/>
        <source>Seasonal markets and charity fairs with their stall plans and vendors appear here.</source>
        <translation>Šeit redzami sezonas tirgi un labdarības tirdziņi ar tirdzniecības vietu plāniem un tirgotājiem.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/section.py" line="74"/>
        <source>Plan a fair or market…</source>
        <translation>Plānot tirdziņu…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/section.py" line="82"/>
        <source>New fair or market…</source>
        <translation>Jauns tirdziņš…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/section.py" line="89"/>
        <source>Show archived</source>
        <translation>Rādīt arhivētos</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/section.py" line="101"/>
        <source>Event</source>
        <translation>Pasākums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/section.py" line="102"/>
        <source>Stall plan</source>
        <translation>Tirdzniecības vietu plāns</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/section.py" line="103"/>
        <source>Vendors</source>
        <translation>Tirgotāji</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/section.py" line="104"/>
        <source>Check-in and fees</source>
        <translation>Ierašanās un maksas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/section.py" line="231"/>
        <source>Archive fair</source>
        <translation>Arhivēt tirdziņu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/section.py" line="232"/>
        <source>Archive the fair „%1”? It leaves the list but keeps its vendors and payments; tick “Show archived” to see it again.</source>
        <translation>Arhivēt tirdziņu „%1”? Tas pazudīs no saraksta, bet tā tirgotāji un maksājumi paliks; lai to atkal redzētu, atzīmējiet „Rādīt arhivētos”.</translation>
    </message>
</context>
</TS>
