<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>PlanUndo</name>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_undo.py" line="42"/>
        <source>Move stalls and labels</source>
        <translation>Pārvietot vietas un uzrakstus</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_undo.py" line="42"/>
        <source>Turn stalls and labels</source>
        <translation>Pagriezt vietas un uzrakstus</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_undo.py" line="44"/>
        <source>Move labels</source>
        <translation>Pārvietot uzrakstus</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_undo.py" line="44"/>
        <source>Turn labels</source>
        <translation>Pagriezt uzrakstus</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_undo.py" line="46"/>
        <source>Move label „{label}”</source>
        <translation>Pārvietot uzrakstu „{label}”</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_undo.py" line="46"/>
        <source>Turn label „{label}”</source>
        <translation>Pagriezt uzrakstu „{label}”</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_undo.py" line="51"/>
        <source>Move stalls {numbers}</source>
        <translation>Pārvietot vietas {numbers}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_undo.py" line="51"/>
        <source>Move stall {numbers}</source>
        <translation>Pārvietot vietu {numbers}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_undo.py" line="53"/>
        <source>Turn stalls {numbers}</source>
        <translation>Pagriezt vietas {numbers}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_undo.py" line="53"/>
        <source>Turn stall {numbers}</source>
        <translation>Pagriezt vietu {numbers}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_undo.py" line="55"/>
        <source>Resize stall {numbers}</source>
        <translation>Mainīt vietas {numbers} izmēru</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_undo.py" line="57"/>
        <source>Change stalls {numbers}</source>
        <translation>Mainīt vietas {numbers}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_undo.py" line="58"/>
        <source>Change stall {numbers}</source>
        <translation>Mainīt vietu {numbers}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_undo.py" line="85"/>
        <source>Add stall {number}</source>
        <translation>Pievienot tirdzniecības vietu {number}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_undo.py" line="91"/>
        <source>Remove stall {number}</source>
        <translation>Noņemt vietu {number}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_undo.py" line="98"/>
        <source>Add label „{label}”</source>
        <translation>Pievienot uzrakstu „{label}”</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_undo.py" line="105"/>
        <source>Remove label „{label}”</source>
        <translation>Noņemt uzrakstu „{label}”</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/plan_undo.py" line="112"/>
        <source>Change the plan size to {width} × {depth} m</source>
        <translation>Mainīt plāna izmēru uz {width} × {depth} m</translation>
    </message>
</context>
</TS>
