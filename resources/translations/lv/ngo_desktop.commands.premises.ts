<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="lv_LV">
  <context>
    <name>CommandLine</name>
    <message>
      <location filename="../../../ngo_desktop/commands/premises.py" line="23" />
      <source>every pop-up tenancy as a CSV or XLSX file</source>
      <translation>visi pop-up telpu nomas līgumi CSV vai XLSX failā</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/premises.py" line="24" />
      <location filename="../../../ngo_desktop/commands/premises.py" line="30" />
      <source>a file ending in .csv or .xlsx</source>
      <translation>fails ar paplašinājumu .csv vai .xlsx</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/premises.py" line="24" />
      <location filename="../../../ngo_desktop/commands/premises.py" line="30" />
      <location filename="../../../ngo_desktop/commands/premises.py" line="46" />
      <location filename="../../../ngo_desktop/commands/premises.py" line="57" />
      <source>FILE</source>
      <translation>FAILS</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/premises.py" line="29" />
      <source>the municipality's support to pop-up tenants per month</source>
      <translation>pašvaldības atbalsts pop-up telpu nomniekiem pa mēnešiem</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/premises.py" line="31" />
      <source>YEAR</source>
      <translation>GADS</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/premises.py" line="32" />
      <source>the year to report (default: this year)</source>
      <translation>pārskata gads (pēc noklusējuma — šis gads)</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/premises.py" line="37" />
      <source>pop-up terms ending soon and unpaid months</source>
      <translation>pop-up nomas termiņi, kas drīz beigsies, un nesamaksātie mēneši</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/premises.py" line="39" />
      <source>the day to look from (default: today)</source>
      <translation>diena, no kuras skatīties (pēc noklusējuma — šodiena)</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/premises.py" line="43" />
      <source>a pop-up tenancy agreement summary as PDF</source>
      <translation>pop-up telpas nomas līguma kopsavilkums PDF formātā</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/premises.py" line="44" />
      <location filename="../../../ngo_desktop/commands/premises.py" line="53" />
      <source>TENANCY_ID</source>
      <translation>NOMAS_ID</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/premises.py" line="45" />
      <location filename="../../../ngo_desktop/commands/premises.py" line="54" />
      <source>the tenancy's ID (shown on the Pop-up premises page)</source>
      <translation>nomas līguma ID (redzams sadaļā „Pop-up telpas”)</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/premises.py" line="47" />
      <location filename="../../../ngo_desktop/commands/premises.py" line="58" />
      <source>where to write the PDF</source>
      <translation>kur saglabāt PDF</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/premises.py" line="52" />
      <source>a pop-up tenant's monthly statement as PDF</source>
      <translation>pop-up telpas nomnieka mēneša aprēķins PDF formātā</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/premises.py" line="56" />
      <source>the month, e.g. 03.2026</source>
      <translation>mēnesis, piemēram, 03.2026</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../ngo_desktop/commands/premises.py" line="67" />
      <source>Tenancies written to {file}: %n.</source>
      <translation>
        <numerusform>Failā {file} ierakstīts %n nomas līgums.</numerusform>
        <numerusform>Failā {file} ierakstīti %n nomas līgumi.</numerusform>
        <numerusform>Nav neviena nomas līguma; failā {file} ierakstīts tukšs saraksts.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/premises.py" line="76" />
      <source>Support given in {year}: {total}; written to {file}.</source>
      <translation>Sniegtais atbalsts {year}. gadā: {total}; ierakstīts failā {file}.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/premises.py" line="89" />
      <source>Nothing to remind: no term ends in the next 30 days and every month is paid.</source>
      <translation>Nav par ko atgādināt: neviens termiņš nebeigsies 30 dienu laikā, un par visiem mēnešiem ir samaksāts.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/premises.py" line="92" />
      <source>Term ends on {date}: {tenant}, {premises}</source>
      <translation>Termiņš beidzas {date}: {tenant}, {premises}</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/premises.py" line="95" />
      <source>Unpaid for {month}: {tenant}, {premises}, {amount} outstanding (due on {date})</source>
      <translation>Nav samaksāts par {month}: {tenant}, {premises}, parāds {amount} (jāsamaksā līdz {date})</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/premises.py" line="112" />
      <location filename="../../../ngo_desktop/commands/premises.py" line="121" />
      <source>Written to {file}.</source>
      <translation>Ierakstīts failā {file}.</translation>
    </message>
  </context>
</TS>