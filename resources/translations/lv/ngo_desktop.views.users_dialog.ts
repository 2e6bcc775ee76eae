<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>AddUserForm</name>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="154"/>
        <source>Add a user</source>
        <translation>Lietotāja pievienošana</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="158"/>
        <source>Anna Bērziņa</source>
        <translation>Anna Bērziņa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="172"/>
        <source>Login</source>
        <translation>Lietotājvārds</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="173"/>
        <source>Name</source>
        <translation>Vārds, uzvārds</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="174"/>
        <source>Role</source>
        <translation>Loma</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="175"/>
        <source>Password</source>
        <translation>Parole</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="176"/>
        <source>Password again</source>
        <translation>Parole vēlreiz</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="178"/>
        <source>Add</source>
        <translation>Pievienot</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="191"/>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>Abas paroles atšķiras; ievadiet to pašu paroli divreiz.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="41"/>
        <source>Users</source>
        <translation>Lietotāji</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="44"/>
        <source>Each person signs in to the server with their own login. An administrator may do everything; the desk works with bookings, organisations, fairs, premises and printing; a volunteer only looks and checks vendors in at a fair.</source>
        <translation>Katrs cilvēks pieslēdzas serverim ar savu lietotājvārdu. Administrators drīkst visu; reģistratūra strādā ar rezervācijām, organizācijām, tirdziņiem, telpām un drukāšanu; brīvprātīgais tikai skatās un tirdziņā atzīmē ieradušos tirgotājus.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="49"/>
        <source>Login</source>
        <translation>Lietotājvārds</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="49"/>
        <source>Name</source>
        <translation>Vārds, uzvārds</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="49"/>
        <source>Role</source>
        <translation>Loma</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="50"/>
        <source>Can sign in</source>
        <translation>Var pieslēgties</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="56"/>
        <source>Add a user…</source>
        <translation>Pievienot lietotāju…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="61"/>
        <source>Give this role</source>
        <translation>Piešķirt šo lomu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="63"/>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="140"/>
        <source>Disable sign-in</source>
        <translation>Bloķēt pieslēgšanos</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="84"/>
        <source>The users cannot be shown</source>
        <translation>Lietotājus nevar parādīt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="92"/>
        <source>yes</source>
        <translation>jā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="92"/>
        <source>no (disabled)</source>
        <translation>nē (bloķēts)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="118"/>
        <source>The user was not added</source>
        <translation>Lietotājs netika pievienots</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="134"/>
        <source>The role was not changed</source>
        <translation>Loma netika mainīta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="141"/>
        <source>%1 will no longer be able to sign in. Their name stays in the audit log. Continue?</source>
        <translation>%1 vairs nevarēs pieslēgties. Vārds paliks izmaiņu žurnālā. Turpināt?</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="145"/>
        <source>The user was not disabled</source>
        <translation>Lietotājs netika bloķēts</translation>
    </message>
</context>
</TS>
