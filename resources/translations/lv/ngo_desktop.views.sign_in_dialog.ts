<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../../ngo_desktop/views/sign_in_dialog.py" line="26"/>
        <source>Sign in to the server</source>
        <translation>Pieslēgšanās serverim</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/sign_in_dialog.py" line="28"/>
        <source>Sign in to %1 with your own login and password.</source>
        <translation>Pieslēdzieties serverim %1 ar savu lietotājvārdu un paroli.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/sign_in_dialog.py" line="33"/>
        <source>Remember the password on this computer</source>
        <translation>Atcerēties paroli šajā datorā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/sign_in_dialog.py" line="35"/>
        <source>Login</source>
        <translation>Lietotājvārds</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/sign_in_dialog.py" line="36"/>
        <source>Password</source>
        <translation>Parole</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/sign_in_dialog.py" line="42"/>
        <source>Sign in</source>
        <translation>Pieslēgties</translation>
    </message>
</context>
</TS>
