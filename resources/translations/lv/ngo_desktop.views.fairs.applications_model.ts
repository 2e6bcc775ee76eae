<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>ApplicationsModel</name>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/applications_model.py" line="57"/>
        <source>Vendor</source>
        <translation>Tirgotājs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/applications_model.py" line="58"/>
        <source>Day</source>
        <translation>Diena</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/applications_model.py" line="59"/>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/applications_model.py" line="60"/>
        <source>Sells</source>
        <translation>Tirgo</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/applications_model.py" line="61"/>
        <source>Power</source>
        <translation>Elektrība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/applications_model.py" line="62"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/applications_model.py" line="63"/>
        <source>Stall</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/applications_model.py" line="64"/>
        <source>Fee</source>
        <translation>Maksa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/applications_model.py" line="65"/>
        <source>Payment</source>
        <translation>Maksājums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/applications_model.py" line="66"/>
        <source>Arrived</source>
        <translation>Ieradies</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/applications_model.py" line="67"/>
        <source>Contact</source>
        <translation>Kontakti</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/applications_model.py" line="182"/>
        <source>needs power</source>
        <translation>vajadzīga elektrība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/applications_model.py" line="188"/>
        <source>place offered</source>
        <translation>piedāvāta tirdzniecības vieta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/applications_model.py" line="214"/>
        <source>Mark %1 as arrived</source>
        <translation>Atzīmēt ierašanos — %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/applications_model.py" line="214"/>
        <source>Mark %1 as a no-show</source>
        <translation>Atzīmēt neierašanos — %1</translation>
    </message>
</context>
</TS>
