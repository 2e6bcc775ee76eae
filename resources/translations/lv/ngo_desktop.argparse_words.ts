<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>argparse</name>
    <message>
        <location filename="../../../ngo_desktop/argparse_words.py" line="25"/>
        <source>usage: </source>
        <translation>lietojums: </translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/argparse_words.py" line="26"/>
        <source>positional arguments</source>
        <translation>argumenti</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/argparse_words.py" line="27"/>
        <source>options</source>
        <translation>opcijas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/argparse_words.py" line="28"/>
        <source>show this help message and exit</source>
        <translation>parādīt šo palīdzību un beigt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/argparse_words.py" line="29"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>%(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/argparse_words.py" line="30"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: kļūda: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/argparse_words.py" line="31"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>nederīga izvēle „%(value)s” (izvēlieties kādu no: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/argparse_words.py" line="32"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>nederīga vērtība „%(value)s”</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/argparse_words.py" line="33"/>
        <source>the following arguments are required: %s</source>
        <translation>jānorāda: %s</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/argparse_words.py" line="34"/>
        <source>one of the arguments %s is required</source>
        <translation>jānorāda viens no šiem: %s</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/argparse_words.py" line="35"/>
        <source>unrecognized arguments: %s</source>
        <translation>neatpazīti argumenti: %s</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/argparse_words.py" line="36"/>
        <source>not allowed with argument %s</source>
        <translation>nav atļauts kopā ar argumentu %s</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/argparse_words.py" line="37"/>
        <source>ignored explicit argument %r</source>
        <translation>tieši norādītais arguments %r netiek ņemts vērā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/argparse_words.py" line="38"/>
        <source>expected one argument</source>
        <translation>jānorāda viena vērtība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/argparse_words.py" line="39"/>
        <source>expected at most one argument</source>
        <translation>jānorāda ne vairāk kā viena vērtība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/argparse_words.py" line="40"/>
        <source>expected at least one argument</source>
        <translation>jānorāda vismaz viena vērtība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/argparse_words.py" line="41"/>
        <source>expected %s argument</source>
        <translation>jānorādāmo vērtību skaits: %s</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/argparse_words.py" line="42"/>
        <source>expected %s arguments</source>
        <translation>jānorādāmo vērtību skaits: %s</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/argparse_words.py" line="43"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>neviennozīmīga opcija: %(option)s var nozīmēt %(matches)s</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/argparse_words.py" line="44"/>
        <source>unexpected option string: %s</source>
        <translation>negaidīta opcija: %s</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/argparse_words.py" line="45"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>nevar atvērt „%(filename)s”: %(error)s</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/argparse_words.py" line="46"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>nezināma komanda %(parser_name)r (iespējamās: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/argparse_words.py" line="47"/>
        <source>%r is not callable</source>
        <translation>%r nav izsaucams</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/argparse_words.py" line="48"/>
        <source>.__call__() not defined</source>
        <translation>.__call__() nav definēts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/argparse_words.py" line="49"/>
        <source>conflicting subparser: %s</source>
        <translation>konfliktējoša apakškomanda: %s</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/argparse_words.py" line="50"/>
        <source>conflicting subparser alias: %s</source>
        <translation>konfliktējošs apakškomandas aizstājvārds: %s</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/argparse_words.py" line="51"/>
        <source>argument &quot;-&quot; with mode %r</source>
        <translation>arguments „-” ar režīmu %r</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/argparse_words.py" line="52"/>
        <source>cannot merge actions - two groups are named %r</source>
        <translation>nevar apvienot darbības: divām grupām ir nosaukums %r</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/argparse_words.py" line="53"/>
        <source>invalid option string %(option)r: must start with a character %(prefix_chars)r</source>
        <translation>nederīga opcija %(option)r: tai jāsākas ar rakstzīmi %(prefix_chars)r</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/argparse_words.py" line="54"/>
        <source>dest= is required for options like %r</source>
        <translation>opcijām kā %r jānorāda dest=</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/argparse_words.py" line="55"/>
        <source>invalid conflict_resolution value: %r</source>
        <translation>nederīga conflict_resolution vērtība: %r</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/argparse_words.py" line="56"/>
        <source>conflicting option string: %s</source>
        <translation>konfliktējošas opcijas: %s</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/argparse_words.py" line="57"/>
        <source>conflicting option strings: %s</source>
        <translation>konfliktējošas opcijas: %s</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/argparse_words.py" line="58"/>
        <source>mutually exclusive arguments must be optional</source>
        <translation>savstarpēji izslēdzošiem argumentiem jābūt neobligātiem</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/argparse_words.py" line="59"/>
        <source>cannot have multiple subparser arguments</source>
        <translation>nevar būt vairāki apakškomandu argumenti</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/argparse_words.py" line="60"/>
        <source>&apos;required&apos; is an invalid argument for positionals</source>
        <translation>„required” nav derīgs pozicionāliem argumentiem</translation>
    </message>
</context>
</TS>
