<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Equipment</name>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/rooms.py" line="45"/>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/rooms.py" line="38"/>
        <source>projector</source>
        <translation>projektors</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/rooms.py" line="39"/>
        <source>screen</source>
        <translation>ekrāns</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/rooms.py" line="40"/>
        <source>sound system</source>
        <translation>skaņas iekārta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/rooms.py" line="41"/>
        <source>kitchen</source>
        <translation>virtuve</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/rooms.py" line="42"/>
        <source>piano</source>
        <translation>klavieres</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/rooms.py" line="43"/>
        <source>wheelchair access</source>
        <translation>piekļuve ratiņkrēslam</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/rooms.py" line="44"/>
        <source>whiteboard</source>
        <translation>tāfele</translation>
    </message>
</context>
<context>
    <name>Rooms</name>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/rooms.py" line="141"/>
        <source>Enter the site&apos;s name, e.g. the branch&apos;s street.</source>
        <translation>Ievadiet filiāles nosaukumu, piemēram, ielas nosaukumu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/rooms.py" line="144"/>
        <source>A site named {name} already exists.</source>
        <translation>Filiāle ar nosaukumu „{name}” jau pastāv.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/rooms.py" line="171"/>
        <location filename="../../../ngo_desktop/services/bookings/rooms.py" line="292"/>
        <location filename="../../../ngo_desktop/services/bookings/rooms.py" line="319"/>
        <source>The room no longer exists.</source>
        <translation>Telpa vairs nepastāv.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/rooms.py" line="211"/>
        <source>Enter the room&apos;s name.</source>
        <translation>Ievadiet telpas nosaukumu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/rooms.py" line="214"/>
        <source>This site already has a room named {name}.</source>
        <translation>Šajā filiālē jau ir telpa ar nosaukumu „{name}”.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/rooms.py" line="217"/>
        <source>Choose the site the room belongs to.</source>
        <translation>Izvēlieties filiāli, kurai telpa pieder.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/rooms.py" line="219"/>
        <source>The capacity cannot be negative.</source>
        <translation>Ietilpība nevar būt negatīva.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/rooms.py" line="221"/>
        <source>Setup and cleanup minutes cannot be negative.</source>
        <translation>Sagatavošanas un sakopšanas minūtes nevar būt negatīvas.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/rooms.py" line="223"/>
        <source>Tariffs cannot be negative.</source>
        <translation>Tarifi nevar būt negatīvi.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/rooms.py" line="225"/>
        <source>The member discount must be from 0 to 100 %.</source>
        <translation>Biedru atlaidei jābūt no 0 līdz 100 %.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/rooms.py" line="228"/>
        <source>Opening hours must close after they open on each day.</source>
        <translation>Katrā dienā darba laikam jābeidzas pēc tā sākuma.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/rooms.py" line="232"/>
        <source>Unknown equipment: {codes}.</source>
        <translation>Nezināms aprīkojums: {codes}.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/rooms.py" line="308"/>
        <location filename="../../../ngo_desktop/services/bookings/rooms.py" line="321"/>
        <source>Someone else changed this room meanwhile. Close the form and open it again.</source>
        <translation>Kāds cits pa to laiku mainīja šo telpu. Aizveriet formu un atveriet to vēlreiz.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/rooms.py" line="339"/>
        <source>Choose either a room or a whole site to close.</source>
        <translation>Izvēlieties slēgšanai vai nu telpu, vai visu filiāli.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/rooms.py" line="341"/>
        <source>The closure must end after it starts.</source>
        <translation>Slēgšanai jābeidzas pēc tās sākuma.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/rooms.py" line="343"/>
        <source>Write why it is closed, e.g. renovation.</source>
        <translation>Ierakstiet, kāpēc slēgts, piemēram, remonts.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/rooms.py" line="361"/>
        <source>The closure no longer exists.</source>
        <translation>Slēgšana vairs nepastāv.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/rooms.py" line="189"/>
        <source>Several rooms are named {name}; give the room&apos;s ID instead ({ids}).</source>
        <translation>Ir vairākas telpas ar nosaukumu {name}; norādiet telpas ID ({ids}).</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/rooms.py" line="192"/>
        <source>No room is named {name}. Check the name or give the room&apos;s ID.</source>
        <translation>Nav telpas ar nosaukumu {name}. Pārbaudiet nosaukumu vai norādiet telpas ID.</translation>
    </message>
</context>
</TS>
