<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Organisations</name>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/registry.py" line="145"/>
        <location filename="../../../ngo_desktop/services/organisations/registry.py" line="317"/>
        <location filename="../../../ngo_desktop/services/organisations/registry.py" line="387"/>
        <source>This organisation no longer exists.</source>
        <translation>Šīs organizācijas vairs nav.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/registry.py" line="239"/>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Ierakstiet organizācijas nosaukumu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/registry.py" line="251"/>
        <source>The last paid year must be between {first} and {last}.</source>
        <translation>Pēdējam samaksātajam gadam jābūt no {first} līdz {last}.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/registry.py" line="255"/>
        <source>The membership fee cannot be negative.</source>
        <translation>Biedru nauda nevar būt negatīva.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/registry.py" line="261"/>
        <source>Enter the contact person&apos;s name.</source>
        <translation>Ierakstiet kontaktpersonas vārdu un uzvārdu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/registry.py" line="303"/>
        <source>The registration number {number} already belongs to {name}.</source>
        <translation>Reģistrācijas numurs {number} jau pieder organizācijai {name}.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/registry.py" line="377"/>
        <source>Someone else saved this organisation while you were editing it. Close the form, open the organisation again and make your change once more.</source>
        <translation>Kāds cits saglabāja šo organizāciju, kamēr jūs to labojāt. Aizveriet formu, atveriet organizāciju vēlreiz un veiciet labojumu atkārtoti.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/registry.py" line="453"/>
        <source>{name} is named on bookings or applications and cannot be removed. Use “Forget this person” to remove their personal data instead.</source>
        <translation>Persona {name} ir norādīta rezervācijās vai pieteikumos, tāpēc to nevar noņemt. Lai izdzēstu personas datus, izmantojiet „Aizmirst šo personu”.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/registry.py" line="545"/>
        <source>{name} has bookings, applications, tenancies or documents, so it cannot be deleted. Archive it instead: it will be hidden from the list but its history is kept.</source>
        <translation>Organizācijai {name} ir rezervācijas, pieteikumi, nomas līgumi vai dokumenti, tāpēc to nevar dzēst. Arhivējiet to: tā netiks rādīta sarakstā, bet tās vēsture saglabāsies.</translation>
    </message>
</context>
</TS>
