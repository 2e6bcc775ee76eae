<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>ApplicationsModel</name>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/applications_model.py" line="50"/>
        <source>Vendor</source>
        <translation>Tirgotājs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/applications_model.py" line="51"/>
        <source>Day</source>
        <translation>Diena</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/applications_model.py" line="52"/>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/applications_model.py" line="53"/>
        <source>Sells</source>
        <translation>Tirgo</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/applications_model.py" line="54"/>
        <source>Power</source>
        <translation>Elektrība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/applications_model.py" line="55"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/applications_model.py" line="56"/>
        <source>Stall</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/applications_model.py" line="57"/>
        <source>Fee</source>
        <translation>Maksa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/applications_model.py" line="58"/>
        <source>Payment</source>
        <translation>Maksājums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/applications_model.py" line="59"/>
        <source>Arrived</source>
        <translation>Ieradies</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/applications_model.py" line="60"/>
        <source>Contact</source>
        <translation>Kontakti</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/applications_model.py" line="143"/>
        <source>needs power</source>
        <translation>vajadzīga elektrība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/applications_model.py" line="149"/>
        <source>place offered</source>
        <translation>piedāvāta tirdzniecības vieta</translation>
    </message>
</context>
</TS>
