<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>FairsSection</name>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/section.py" line="70"/>
        <source>No fairs or markets yet — plan the first one</source>
        <translation>Tirdziņu vai tirgu vēl nav — ieplānojiet pirmo</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/section.py" line="71"/>
        <source>Seasonal markets and charity fairs with their stall plans and vendors appear here.</source>
        <translation>Šeit redzami sezonas tirgi un labdarības tirdziņi ar tirdzniecības vietu plāniem un tirgotājiem.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/section.py" line="73"/>
        <source>Plan a fair or market…</source>
        <translation>Plānot tirdziņu…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/section.py" line="81"/>
        <source>New fair or market…</source>
        <translation>Jauns tirdziņš…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/section.py" line="88"/>
        <source>Show archived</source>
        <translation>Rādīt arhivētos</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/section.py" line="100"/>
        <source>Event</source>
        <translation>Pasākums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/section.py" line="101"/>
        <source>Stall plan</source>
        <translation>Tirdzniecības vietu plāns</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/section.py" line="102"/>
        <source>Vendors</source>
        <translation>Tirgotāji</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/section.py" line="103"/>
        <source>Check-in and fees</source>
        <translation>Ierašanās un maksas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/section.py" line="210"/>
        <source>Archive fair</source>
        <translation>Arhivēt tirdziņu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/section.py" line="211"/>
        <source>Archive this fair? It leaves the list but keeps its vendors and payments; tick “Show archived” to see it again.</source>
        <translation>Arhivēt šo tirdziņu? Tas pazudīs no saraksta, bet tirgotāji un maksājumi saglabāsies; atzīmējiet „Rādīt arhivētos”, lai to atkal redzētu.</translation>
    </message>
</context>
</TS>
