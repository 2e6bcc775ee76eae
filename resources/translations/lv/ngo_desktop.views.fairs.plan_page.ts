<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="108"/>
        <source>This fair has no stall plan yet</source>
        <translation>Šim tirdziņam vēl nav tirdzniecības vietu plāna</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="109"/>
        <source>Draw a new plan, or reuse the plan of another event.</source>
        <translation>Uzzīmējiet jaunu plānu vai izmantojiet cita pasākuma plānu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="110"/>
        <source>Draw a new plan</source>
        <translation>Zīmēt jaunu plānu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="112"/>
        <source>Use an existing plan…</source>
        <translation>Izmantot esošu plānu…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="138"/>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="222"/>
        <source>Accepted vendors of the day — drag one onto a stall:</source>
        <translation>Dienas apstiprinātie tirgotāji — velciet uz tirdzniecības vietu:</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="169"/>
        <source>Free / taken</source>
        <translation>Brīvs / aizņemts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="170"/>
        <source>Vendor category</source>
        <translation>Tirgotāja kategorija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="171"/>
        <source>Payment status</source>
        <translation>Maksājuma statuss</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="174"/>
        <source>Day</source>
        <translation>Diena</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="176"/>
        <source>Colour by</source>
        <translation>Krāsa pēc</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="188"/>
        <source>Add stall</source>
        <translation>Pievienot tirdzniecības vietu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="193"/>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="467"/>
        <source>Add label</source>
        <translation>Pievienot uzrakstu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="201"/>
        <source>Turn 90°</source>
        <translation>Pagriezt par 90°</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="202"/>
        <source>Remove</source>
        <translation>Noņemt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="203"/>
        <source>Plan size…</source>
        <translation>Plāna izmērs…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="204"/>
        <source>Save plan as…</source>
        <translation>Saglabāt plānu kā…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="179"/>
        <source>Zoom out</source>
        <translation>Tālināt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="180"/>
        <source>Zoom in</source>
        <translation>Tuvināt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="181"/>
        <source>Fit</source>
        <translation>Viss plāns</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="181"/>
        <source>Show the whole plan</source>
        <translation>Rādīt visu plānu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="223"/>
        <source>Accepted vendors of the day:</source>
        <translation>Dienas apstiprinātie tirgotāji:</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="350"/>
        <source>New stall plan</source>
        <translation>Jauns tirdzniecības vietu plāns</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="351"/>
        <source>How big is the ground the stalls stand on? The size can be changed later.</source>
        <translation>Cik liels ir laukums, uz kura stāv vietas? Izmēru vēlāk var mainīt.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="364"/>
        <source>Plan size</source>
        <translation>Plāna izmērs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="365"/>
        <source>The ground the stalls stand on, in metres. Every stall and label must stay on it.</source>
        <translation>Laukums, uz kura stāv vietas, metros. Visām vietām un uzrakstiem jāpaliek uz tā.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="382"/>
        <source>No plans yet</source>
        <translation>Plānu vēl nav</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="383"/>
        <source>No event has a stall plan yet. Draw a new plan instead.</source>
        <translation>Nevienam pasākumam vēl nav tirdzniecības vietu plāna. Uzzīmējiet jaunu plānu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="386"/>
        <source>Use an existing plan</source>
        <translation>Izmantot esošu plānu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="386"/>
        <source>Plan</source>
        <translation>Plāns</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="399"/>
        <source>Save plan as</source>
        <translation>Saglabāt plānu kā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="399"/>
        <source>Name of the new plan</source>
        <translation>Jaunā plāna nosaukums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="404"/>
        <source>Plan saved</source>
        <translation>Plāns saglabāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="405"/>
        <source>Use the new plan for this fair from now on?</source>
        <translation>Turpmāk šim tirdziņam izmantot jauno plānu?</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="467"/>
        <source>Text on the plan</source>
        <translation>Teksts plānā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="577"/>
        <source>Put a vendor on stall %1</source>
        <translation>Novietot tirgotāju vietā %1</translation>
    </message>
</context>
</TS>
