<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>FairsSection</name>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/section.py" line="69"/>
        <source>No fairs or markets yet — plan the first one</source>
        <translation>Tirdziņu vai tirgu vēl nav — ieplānojiet pirmo</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/section.py" line="70"/>
        <source>Seasonal markets and charity fairs with their stall plans and vendors appear here.</source>
        <translation>Šeit redzami sezonas tirgi un labdarības tirdziņi ar tirdzniecības vietu plāniem un tirgotājiem.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/section.py" line="72"/>
        <source>Plan a fair or market…</source>
        <translation>Plānot tirdziņu…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/section.py" line="80"/>
        <source>New fair or market…</source>
        <translation>Jauns tirdziņš…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/section.py" line="87"/>
        <source>Show archived</source>
        <translation>Rādīt arhivētos</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/section.py" line="99"/>
        <source>Event</source>
        <translation>Pasākums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/section.py" line="100"/>
        <source>Stall plan</source>
        <translation>Vietu plāns</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/section.py" line="101"/>
        <source>Vendors</source>
        <translation>Tirgotāji</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/section.py" line="102"/>
        <source>Check-in and fees</source>
        <translation>Ierašanās un maksas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/section.py" line="209"/>
        <source>Archive fair</source>
        <translation>Arhivēt tirdziņu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/section.py" line="210"/>
        <source>Archive this fair? It leaves the list but keeps its vendors and payments; tick “Show archived” to see it again.</source>
        <translation>Arhivēt šo tirdziņu? Tas pazudīs no saraksta, bet tirgotāji un maksājumi saglabāsies; atzīmējiet „Rādīt arhivētos”, lai to atkal redzētu.</translation>
    </message>
</context>
</TS>
