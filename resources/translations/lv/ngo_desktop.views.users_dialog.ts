<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>AddUserForm</name>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="146"/>
        <source>Add a user</source>
        <translation>Lietotāja pievienošana</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="150"/>
        <source>Anna Bērziņa</source>
        <translation>Anna Bērziņa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="164"/>
        <source>Login</source>
        <translation>Lietotājvārds</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="165"/>
        <source>Name</source>
        <translation>Vārds, uzvārds</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="166"/>
        <source>Role</source>
        <translation>Loma</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="167"/>
        <source>Password</source>
        <translation>Parole</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="168"/>
        <source>Password again</source>
        <translation>Parole vēlreiz</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="170"/>
        <source>Add</source>
        <translation>Pievienot</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="180"/>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>Abas paroles atšķiras; ievadiet to pašu paroli divreiz.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="39"/>
        <source>Users</source>
        <translation>Lietotāji</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="42"/>
        <source>Each person signs in to the server with their own login. An administrator may do everything; the desk works with bookings, organisations, fairs, premises and printing; a volunteer only looks and checks vendors in at a fair.</source>
        <translation>Katrs cilvēks pieslēdzas serverim ar savu lietotājvārdu. Administrators drīkst visu; reģistratūra strādā ar rezervācijām, organizācijām, tirdziņiem, telpām un drukāšanu; brīvprātīgais tikai skatās un tirdziņā atzīmē ieradušos tirgotājus.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="47"/>
        <source>Login</source>
        <translation>Lietotājvārds</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="47"/>
        <source>Name</source>
        <translation>Vārds, uzvārds</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="47"/>
        <source>Role</source>
        <translation>Loma</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="48"/>
        <source>Can sign in</source>
        <translation>Var pieslēgties</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="54"/>
        <source>Add a user…</source>
        <translation>Pievienot lietotāju…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="59"/>
        <source>Give this role</source>
        <translation>Piešķirt šo lomu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="61"/>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="131"/>
        <source>Disable sign-in</source>
        <translation>Bloķēt pieslēgšanos</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="82"/>
        <source>The users cannot be shown</source>
        <translation>Lietotājus nevar parādīt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="90"/>
        <source>yes</source>
        <translation>jā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="90"/>
        <source>no (disabled)</source>
        <translation>nē (bloķēts)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="116"/>
        <source>The user was not added</source>
        <translation>Lietotājs netika pievienots</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="124"/>
        <source>The role was not changed</source>
        <translation>Loma netika mainīta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="132"/>
        <source>%1 will no longer be able to sign in. Their name stays in the audit log. Continue?</source>
        <translation>%1 vairs nevarēs pieslēgties. Vārds paliks izmaiņu žurnālā. Turpināt?</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/users_dialog.py" line="137"/>
        <source>The user was not disabled</source>
        <translation>Lietotājs netika bloķēts</translation>
    </message>
</context>
</TS>
