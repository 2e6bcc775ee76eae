<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>OrganisationColumns</name>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/columns.py" line="34"/>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/columns.py" line="36"/>
        <source>Legal form</source>
        <translation>Juridiskā forma</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/columns.py" line="38"/>
        <source>Registration number</source>
        <translation>Reģistrācijas numurs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/columns.py" line="40"/>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/columns.py" line="41"/>
        <source>Membership</source>
        <translation>Dalība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/columns.py" line="43"/>
        <source>Member since</source>
        <translation>Biedrs kopš</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/columns.py" line="45"/>
        <source>Last year paid</source>
        <translation>Pēdējais samaksātais gads</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/columns.py" line="48"/>
        <source>Membership fee</source>
        <translation>Biedru nauda</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/columns.py" line="50"/>
        <source>Address</source>
        <translation>Adrese</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/columns.py" line="51"/>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/columns.py" line="53"/>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/columns.py" line="54"/>
        <source>Website</source>
        <translation>Tīmekļa vietne</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/columns.py" line="56"/>
        <source>Fields of activity</source>
        <translation>Darbības jomas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/columns.py" line="58"/>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/columns.py" line="59"/>
        <source>Contact person</source>
        <translation>Kontaktpersona</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/columns.py" line="61"/>
        <source>Contact&apos;s role</source>
        <translation>Kontaktpersonas amats</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/columns.py" line="63"/>
        <source>Contact&apos;s phone</source>
        <translation>Kontaktpersonas tālrunis</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/columns.py" line="65"/>
        <source>Contact&apos;s e-mail</source>
        <translation>Kontaktpersonas e-pasts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/columns.py" line="67"/>
        <source>Consent date</source>
        <translation>Piekrišanas datums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/columns.py" line="69"/>
        <source>Archived</source>
        <translation>Arhivēta</translation>
    </message>
</context>
</TS>
