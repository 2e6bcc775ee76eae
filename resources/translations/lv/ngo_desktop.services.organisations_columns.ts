<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>OrganisationColumns</name>
    <message>
        <location filename="../../../ngo_desktop/services/organisations_columns.py" line="31"/>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations_columns.py" line="33"/>
        <source>Legal form</source>
        <translation>Juridiskā forma</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations_columns.py" line="35"/>
        <source>Registration number</source>
        <translation>Reģistrācijas numurs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations_columns.py" line="37"/>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations_columns.py" line="38"/>
        <source>Membership</source>
        <translation>Dalība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations_columns.py" line="40"/>
        <source>Member since</source>
        <translation>Biedrs kopš</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations_columns.py" line="42"/>
        <source>Last year paid</source>
        <translation>Pēdējais apmaksātais gads</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations_columns.py" line="44"/>
        <source>Membership fee</source>
        <translation>Biedru nauda</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations_columns.py" line="46"/>
        <source>Address</source>
        <translation>Adrese</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations_columns.py" line="47"/>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations_columns.py" line="49"/>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations_columns.py" line="50"/>
        <source>Website</source>
        <translation>Mājaslapa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations_columns.py" line="52"/>
        <source>Fields of activity</source>
        <translation>Darbības jomas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations_columns.py" line="54"/>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations_columns.py" line="55"/>
        <source>Contact person</source>
        <translation>Kontaktpersona</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations_columns.py" line="57"/>
        <source>Contact&apos;s role</source>
        <translation>Kontaktpersonas amats</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations_columns.py" line="59"/>
        <source>Contact&apos;s phone</source>
        <translation>Kontaktpersonas tālrunis</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations_columns.py" line="61"/>
        <source>Contact&apos;s e-mail</source>
        <translation>Kontaktpersonas e-pasts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations_columns.py" line="63"/>
        <source>Consent date</source>
        <translation>Piekrišanas datums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations_columns.py" line="65"/>
        <source>Archived</source>
        <translation>Arhivēta</translation>
    </message>
</context>
</TS>
