<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>ChangedElsewhere</name>
    <message>
        <location filename="../../../ngo_desktop/views/conflict.py" line="46"/>
        <source>a picture</source>
        <translation>attēls</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/conflict.py" line="48"/>
        <source>another picture</source>
        <translation>cits attēls</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/conflict.py" line="58"/>
        <source>Changed at another desk</source>
        <translation>Mainīts citā darba vietā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/conflict.py" line="59"/>
        <source>Someone at another desk saved %1 after you opened it.</source>
        <translation>Kāds citā darba vietā saglabāja %1 pēc tam, kad jūs atvērāt veidlapu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/conflict.py" line="62"/>
        <source>Saved meanwhile → yours:</source>
        <translation>Pa to laiku saglabātais → jūsu:</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/conflict.py" line="63"/>
        <source>(the same values)</source>
        <translation>(vērtības sakrīt)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/conflict.py" line="64"/>
        <source>Your version is still in the form. Save again to replace the saved version with yours, or close the form without saving to keep it.</source>
        <translation>Jūsu versija joprojām ir veidlapā. Saglabājiet vēlreiz, lai saglabāto versiju aizstātu ar savējo, vai aizveriet veidlapu, nesaglabājot, lai paturētu saglabāto.</translation>
    </message>
</context>
</TS>
