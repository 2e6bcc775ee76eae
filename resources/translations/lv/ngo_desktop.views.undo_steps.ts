<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>UndoSteps</name>
    <message>
        <location filename="../../../ngo_desktop/views/undo_steps.py" line="47"/>
        <source>Archive {name}</source>
        <translation>Arhivēt — {name}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/undo_steps.py" line="48"/>
        <source>Restore {name}</source>
        <translation>Atjaunot — {name}</translation>
    </message>
</context>
</TS>
