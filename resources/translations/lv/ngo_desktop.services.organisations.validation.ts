<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>OrganisationValidation</name>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/validation.py" line="48"/>
        <source>A Latvian phone number has eight digits after +371, e.g. +371 29123456.</source>
        <translation>Latvijas tālruņa numurā pēc +371 ir astoņi cipari, piem., +371 29123456.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/validation.py" line="54"/>
        <source>Write the phone number as +371 and eight digits, or another country&apos;s number with its code, e.g. +370 61234567.</source>
        <translation>Ierakstiet tālruni kā +371 un astoņus ciparus vai citas valsts numuru ar tās kodu, piem., +370 61234567.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/validation.py" line="69"/>
        <source>A Latvian registration number is 11 digits, e.g. 40008012345.</source>
        <translation>Latvijas reģistrācijas numurs ir 11 cipari, piem., 40008012345.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/validation.py" line="78"/>
        <source>The e-mail address is not valid. Check it, e.g. valde@biedriba.lv.</source>
        <translation>E-pasta adrese nav derīga. Pārbaudiet to, piem., valde@biedriba.lv.</translation>
    </message>
</context>
</TS>
