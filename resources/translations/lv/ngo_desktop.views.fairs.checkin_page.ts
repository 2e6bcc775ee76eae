<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>CheckInPage</name>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/checkin_page.py" line="42"/>
        <location filename="../../../ngo_desktop/views/fairs/checkin_page.py" line="67"/>
        <source>Day</source>
        <translation>Diena</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/checkin_page.py" line="65"/>
        <source>Fees</source>
        <translation>Vietas maksas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/checkin_page.py" line="67"/>
        <source>Vendors</source>
        <translation>Tirgotāji</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/checkin_page.py" line="67"/>
        <source>Fees due</source>
        <translation>Jāmaksā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/checkin_page.py" line="68"/>
        <source>Paid</source>
        <translation>Samaksāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/checkin_page.py" line="68"/>
        <source>Waived</source>
        <translation>Atbrīvoti no maksas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/checkin_page.py" line="115"/>
        <source>%1 of %2 arrived</source>
        <translation>ieradušies: %1 no %2</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/checkin_page.py" line="124"/>
        <source>Whole event</source>
        <translation>Viss pasākums</translation>
    </message>
</context>
</TS>
