<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../../ngo_desktop/commands/users.py" line="19"/>
        <source>administrator, desk (front desk: everyday work) or volunteer (reads everything, ticks vendors in at a fair)</source>
        <translation>administrator (administrators), desk (reģistratūra: ikdienas darbs) vai volunteer (brīvprātīgais: redz visu, tirdziņā atzīmē ieradušos tirgotājus)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/users.py" line="29"/>
        <source>people who sign in to a shared server, and their roles</source>
        <translation>cilvēki, kas pieslēdzas kopīgajam serverim, un viņu lomas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/users.py" line="30"/>
        <source>WHAT</source>
        <translation>KO</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/users.py" line="33"/>
        <source>list the users and their roles</source>
        <translation>parādīt lietotājus un viņu lomas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/users.py" line="36"/>
        <source>add a user (a login on the server)</source>
        <translation>pievienot lietotāju (pieslēgšanās vārdu serverī)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/users.py" line="37"/>
        <location filename="../../../ngo_desktop/commands/users.py" line="47"/>
        <location filename="../../../ngo_desktop/commands/users.py" line="53"/>
        <source>LOGIN</source>
        <translation>LIETOTĀJVĀRDS</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/users.py" line="38"/>
        <source>the login, e.g. anna.berzina</source>
        <translation>pieslēgšanās vārds, piemēram, anna.berzina</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/users.py" line="40"/>
        <source>NAME</source>
        <translation>VĀRDS_UZVĀRDS</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/users.py" line="41"/>
        <source>the person&apos;s name for the audit log; default: the login</source>
        <translation>personas vārds un uzvārds izmaiņu žurnālam; pēc noklusējuma – pieslēgšanās vārds</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/users.py" line="43"/>
        <source>read the new user&apos;s password from standard input</source>
        <translation>nolasīt jaunā lietotāja paroli no standartievades</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/users.py" line="46"/>
        <source>give a user another role</source>
        <translation>piešķirt lietotājam citu lomu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/users.py" line="48"/>
        <location filename="../../../ngo_desktop/commands/users.py" line="54"/>
        <source>the user&apos;s login</source>
        <translation>lietotāja pieslēgšanās vārds</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/users.py" line="49"/>
        <source>ROLE</source>
        <translation>LOMA</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/users.py" line="52"/>
        <source>stop a user from signing in</source>
        <translation>liegt lietotājam pieslēgties</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/users.py" line="58"/>
        <source>create the roles of this database (when its upgrade could not)</source>
        <translation>izveidot šīs datubāzes lomas (ja datubāzes atjaunināšana tās neizveidoja)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/users.py" line="66"/>
        <source>(disabled)</source>
        <translation>(bloķēts)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/users.py" line="78"/>
        <source>--password-stdin: standard input gave no password.</source>
        <translation>--password-stdin: standartievadē nebija paroles.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/users.py" line="80"/>
        <source>User {login} ({name}) added as {role}.</source>
        <translation>Lietotājs {login} ({name}) pievienots ar lomu „{role}”.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/users.py" line="83"/>
        <source>No password was set: the user can sign in only where the server does not ask for one (add users with --password-stdin to give one).</source>
        <translation>Parole netika iestatīta: lietotājs var pieslēgties tikai tur, kur serveris paroli neprasa (lai to iestatītu, pievienojiet lietotājus ar --password-stdin).</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/users.py" line="92"/>
        <source>{login} is now {role}.</source>
        <translation>Lietotājam {login} tagad ir loma „{role}”.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/users.py" line="101"/>
        <source>{login} can no longer sign in.</source>
        <translation>{login} vairs nevar pieslēgties.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/users.py" line="109"/>
        <source>The roles administrator, desk and volunteer of {database} are ready.</source>
        <translation>Datubāzes {database} lomas (administrators, reģistratūra, brīvprātīgais) ir gatavas.</translation>
    </message>
</context>
</TS>
