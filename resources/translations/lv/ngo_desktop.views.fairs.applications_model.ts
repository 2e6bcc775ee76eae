<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>ApplicationsModel</name>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/applications_model.py" line="49"/>
        <source>Vendor</source>
        <translation>Tirgotājs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/applications_model.py" line="50"/>
        <source>Day</source>
        <translation>Diena</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/applications_model.py" line="51"/>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/applications_model.py" line="52"/>
        <source>Sells</source>
        <translation>Tirgo</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/applications_model.py" line="53"/>
        <source>Power</source>
        <translation>Elektrība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/applications_model.py" line="54"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/applications_model.py" line="55"/>
        <source>Stall</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/applications_model.py" line="56"/>
        <source>Fee</source>
        <translation>Maksa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/applications_model.py" line="57"/>
        <source>Payment</source>
        <translation>Maksājums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/applications_model.py" line="58"/>
        <source>Arrived</source>
        <translation>Ieradies</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/applications_model.py" line="59"/>
        <source>Contact</source>
        <translation>Kontakti</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/applications_model.py" line="142"/>
        <source>needs power</source>
        <translation>vajag elektrību</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/applications_model.py" line="148"/>
        <source>place offered</source>
        <translation>piedāvāta vieta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/applications_model.py" line="174"/>
        <source>Mark %1 as arrived</source>
        <translation>Atzīmēt ierašanos — %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/applications_model.py" line="174"/>
        <source>Mark %1 as a no-show</source>
        <translation>Atzīmēt neierašanos — %1</translation>
    </message>
</context>
</TS>
