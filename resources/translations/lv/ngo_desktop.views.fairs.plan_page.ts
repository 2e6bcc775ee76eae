<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="97"/>
        <source>This fair has no stall plan yet</source>
        <translation>Šim tirdziņam vēl nav tirdzniecības vietu plāna</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="98"/>
        <source>Draw a new plan, or reuse the plan of another event.</source>
        <translation>Uzzīmējiet jaunu plānu vai izmantojiet cita pasākuma plānu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="99"/>
        <source>Draw a new plan</source>
        <translation>Zīmēt jaunu plānu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="101"/>
        <source>Use an existing plan…</source>
        <translation>Izmantot esošu plānu…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="127"/>
        <source>Accepted vendors of the day — drag one onto a stall:</source>
        <translation>Dienas apstiprinātie tirgotāji — velciet uz tirdzniecības vietu:</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="158"/>
        <source>Free / taken</source>
        <translation>Brīvs / aizņemts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="159"/>
        <source>Vendor category</source>
        <translation>Tirgotāja kategorija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="160"/>
        <source>Payment status</source>
        <translation>Maksājuma statuss</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="163"/>
        <source>Day</source>
        <translation>Diena</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="165"/>
        <source>Colour by</source>
        <translation>Krāsa pēc</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="177"/>
        <source>Add stall</source>
        <translation>Pievienot vietu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="181"/>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="381"/>
        <source>Add label</source>
        <translation>Pievienot uzrakstu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="188"/>
        <source>Turn 90°</source>
        <translation>Pagriezt par 90°</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="189"/>
        <source>Remove</source>
        <translation>Noņemt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="190"/>
        <source>Save plan as…</source>
        <translation>Saglabāt plānu kā…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="168"/>
        <source>Zoom out</source>
        <translation>Tālināt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="169"/>
        <source>Zoom in</source>
        <translation>Tuvināt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="170"/>
        <source>Fit</source>
        <translation>Viss plāns</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="170"/>
        <source>Show the whole plan</source>
        <translation>Rādīt visu plānu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="311"/>
        <source>No plans yet</source>
        <translation>Plānu vēl nav</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="312"/>
        <source>No event has a stall plan yet. Draw a new plan instead.</source>
        <translation>Nevienam pasākumam vēl nav tirdzniecības vietu plāna. Uzzīmējiet jaunu plānu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="315"/>
        <source>Use an existing plan</source>
        <translation>Izmantot esošu plānu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="315"/>
        <source>Plan</source>
        <translation>Plāns</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="328"/>
        <source>Save plan as</source>
        <translation>Saglabāt plānu kā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="328"/>
        <source>Name of the new plan</source>
        <translation>Jaunā plāna nosaukums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="333"/>
        <source>Plan saved</source>
        <translation>Plāns saglabāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="334"/>
        <source>Use the new plan for this fair from now on?</source>
        <translation>Turpmāk šim tirdziņam izmantot jauno plānu?</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_page.py" line="381"/>
        <source>Text on the plan</source>
        <translation>Teksts plānā</translation>
    </message>
</context>
</TS>
