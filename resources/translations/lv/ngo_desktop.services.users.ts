<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Users</name>
    <message>
        <location filename="../../../ngo_desktop/services/users.py" line="55"/>
        <source>administrator</source>
        <translation>administrators</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/users.py" line="56"/>
        <source>desk</source>
        <translation>reģistratūra</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/users.py" line="57"/>
        <source>volunteer</source>
        <translation>brīvprātīgais</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/users.py" line="62"/>
        <source>Users exist only on a shared PostgreSQL server; on this computer&apos;s database file the computer&apos;s own user account decides who may work.</source>
        <translation>Lietotāji ir tikai kopīgā PostgreSQL serverī; šī datora datubāzes failam to, kas drīkst strādāt, nosaka datora lietotāja konts.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/users.py" line="116"/>
        <source>The password is too short: use at least {count} characters.</source>
        <translation>Parole ir par īsu: rakstzīmju skaitam jābūt vismaz {count}.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/users.py" line="122"/>
        <source>A login “{login}” already exists on this server; choose another name.</source>
        <translation>Lietotājs „{login}” šajā serverī jau ir; izvēlieties citu vārdu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/users.py" line="152"/>
        <source>You cannot disable your own login; ask another administrator.</source>
        <translation>Savu lietotāju nevar bloķēt; palūdziet to citam administratoram.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/users.py" line="169"/>
        <source>You may not create roles on this server (no CREATEROLE). Sign in as the database owner after a server administrator ran ALTER ROLE owner CREATEROLE, then run “ngo-desktop users setup”.</source>
        <translation>Jums nav tiesību šajā serverī veidot lomas (nav CREATEROLE). Kad servera administrators ir izpildījis ALTER ROLE īpašnieks CREATEROLE, pieslēdzieties kā datubāzes īpašnieks un izpildiet „ngo-desktop users setup”.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/users.py" line="194"/>
        <source>This database has no roles yet: its owner could not create them (no CREATEROLE). A server administrator runs ALTER ROLE owner CREATEROLE; then the owner runs “ngo-desktop users setup”.</source>
        <translation>Šai datubāzei vēl nav lomu: tās īpašnieks tās nevarēja izveidot (nav CREATEROLE). Servera administrators izpilda ALTER ROLE īpašnieks CREATEROLE; pēc tam īpašnieks izpilda „ngo-desktop users setup”.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/users.py" line="225"/>
        <source>“{login}” is not a user of this database; see “ngo-desktop users list”.</source>
        <translation>„{login}” nav šīs datubāzes lietotājs; skatiet „ngo-desktop users list”.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/users.py" line="232"/>
        <source>“{login}” cannot be a login: use small Latin letters, digits, “.”, “_” or “-”, starting with a letter (for example anna.berzina).</source>
        <translation>„{login}” nevar būt lietotājvārds: izmantojiet mazos latīņu burtus, ciparus, „.”, „_” vai „-”, sākot ar burtu (piemēram, anna.berzina).</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/users.py" line="240"/>
        <source>“{role}” is not a role: choose administrator, desk or volunteer.</source>
        <translation>„{role}” nav loma: izvēlieties administrator, desk vai volunteer.</translation>
    </message>
</context>
</TS>
