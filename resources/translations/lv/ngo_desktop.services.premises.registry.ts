<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Premises</name>
    <message>
        <location filename="../../../ngo_desktop/services/premises/registry.py" line="142"/>
        <source>Enter a name for the premises, e.g. the shop&apos;s sign or street.</source>
        <translation>Ierakstiet telpu nosaukumu, piem., veikala izkārtni vai ielu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/registry.py" line="144"/>
        <source>Enter the address of the premises.</source>
        <translation>Ierakstiet telpu adresi.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/registry.py" line="146"/>
        <source>The area must be more than 0 m², or left empty.</source>
        <translation>Platībai jābūt lielākai par 0 m² vai jāpaliek tukšai.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/registry.py" line="149"/>
        <source>An amount cannot be negative.</source>
        <translation>Summa nevar būt negatīva.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/registry.py" line="151"/>
        <source>At least one tenant must fit in the premises.</source>
        <translation>Telpās jābūt vietai vismaz vienam nomniekam.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/registry.py" line="227"/>
        <location filename="../../../ngo_desktop/services/premises/registry.py" line="390"/>
        <location filename="../../../ngo_desktop/services/premises/registry.py" line="567"/>
        <source>These premises no longer exist.</source>
        <translation>Šīs telpas vairs nepastāv.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/registry.py" line="306"/>
        <source>The term must end on or after the day it starts.</source>
        <translation>Termiņam jābeidzas tajā pašā dienā, kad tas sākas, vai vēlāk.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/registry.py" line="308"/>
        <source>The payment is due on a day from 1 to 28 of the month, so that every month has it.</source>
        <translation>Maksājuma termiņš ir mēneša datums no 1. līdz 28., lai tāds būtu katrā mēnesī.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/registry.py" line="311"/>
        <source>The tenant&apos;s share must be between 1 and 100 percent.</source>
        <translation>Nomnieka daļai jābūt no 1 līdz 100 procentiem.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/registry.py" line="316"/>
        <source>A reduction cannot be negative.</source>
        <translation>Atlaide nevar būt negatīva.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/registry.py" line="318"/>
        <source>A reduction in percent must be between 0 and 100.</source>
        <translation>Atlaidei procentos jābūt no 0 līdz 100.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/registry.py" line="322"/>
        <source>A reduction needs the number of the municipality&apos;s decision that grants it.</source>
        <translation>Atlaidei jānorāda pašvaldības lēmuma numurs, ar kuru tā piešķirta.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/registry.py" line="379"/>
        <source>No more tenants than {capacity} may share “{premises}” at a time, and it is already let for part of this term:
{others}
Choose other dates or end one of these tenancies first.</source>
        <translation>Telpām „{premises}” vienlaikus atļautais nomnieku skaits ir {capacity}, un daļā šī termiņa tās jau ir iznomātas:
{others}
Izvēlieties citus datumus vai vispirms izbeidziet kādu no šiem nomas līgumiem.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/registry.py" line="399"/>
        <source>Choose the tenant.</source>
        <translation>Izvēlieties nomnieku.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/registry.py" line="436"/>
        <source>The last day must fall within the term ({start}–{end}).</source>
        <translation>Pēdējai dienai jābūt nomas termiņā ({start}–{end}).</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/registry.py" line="473"/>
        <location filename="../../../ngo_desktop/services/premises/registry.py" line="507"/>
        <location filename="../../../ngo_desktop/services/premises/registry.py" line="576"/>
        <source>This tenancy no longer exists.</source>
        <translation>Šis nomas līgums vairs nepastāv.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/registry.py" line="503"/>
        <source>The amount paid cannot be negative.</source>
        <translation>Samaksātā summa nevar būt negatīva.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/registry.py" line="510"/>
        <source>The month is outside the tenancy&apos;s term.</source>
        <translation>Mēnesis ir ārpus nomas termiņa.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/registry.py" line="535"/>
        <source>No payment is recorded for this month.</source>
        <translation>Par šo mēnesi maksājums nav reģistrēts.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/registry.py" line="583"/>
        <source>Someone else has changed this record since you opened it. Close the form, open it again and repeat your change.</source>
        <translation>Kāds cits ir mainījis šo ierakstu, kamēr jūs to skatījāt. Aizveriet formu, atveriet to vēlreiz un atkārtojiet izmaiņas.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/premises/registry.py" line="193"/>
        <source>Tenancies already running here at the same time: {count}. End one of them before lowering the number of tenants.</source>
        <translation>Šeit vienlaikus spēkā esošo nomas līgumu skaits jau ir {count}. Izbeidziet kādu no tiem, pirms samazināt nomnieku skaitu.</translation>
    </message>
</context>
</TS>
