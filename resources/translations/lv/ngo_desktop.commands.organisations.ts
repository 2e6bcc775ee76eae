<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="lv_LV">
  <context>
    <name>CommandLine</name>
    <message>
      <location filename="../../../ngo_desktop/commands/organisations.py" line="24" />
      <source>import organisations with their main contact from CSV or XLSX</source>
      <translation>importēt organizācijas ar galveno kontaktpersonu no CSV vai XLSX</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/organisations.py" line="26" />
      <location filename="../../../ngo_desktop/commands/organisations.py" line="38" />
      <source>FILE</source>
      <translation>FAILS</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/organisations.py" line="27" />
      <location filename="../../../ngo_desktop/commands/organisations.py" line="39" />
      <source>a file ending in .csv or .xlsx</source>
      <translation>fails ar paplašinājumu .csv vai .xlsx</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/organisations.py" line="30" />
      <source>an organisation already in the registry: skip the row (skip), update it with the file's values (update) or fill only its empty fields (fill); default: skip</source>
      <translation>ja organizācija jau ir reģistrā: izlaist rindu (skip), atjaunināt to ar faila vērtībām (update) vai aizpildīt tikai tās tukšos laukus (fill); pēc noklusējuma — skip</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/organisations.py" line="59" />
      <source>Organisations imported from {file}: added {added}, updated {updated}, skipped {skipped}.</source>
      <translation>Organizācijas importētas no faila {file}: pievienotas — {added}, atjauninātas — {updated}, izlaistas — {skipped}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../ngo_desktop/commands/organisations.py" line="71" />
      <source>Organisations written to {file}: %n.</source>
      <translation>
        <numerusform>Failā {file} ierakstīta %n organizācija.</numerusform>
        <numerusform>Failā {file} ierakstītas %n organizācijas.</numerusform>
        <numerusform>Nav nevienas organizācijas; failā {file} ierakstīts tukšs saraksts.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/commands/organisations.py" line="37" />
      <source>export every organisation to CSV or XLSX</source>
      <translation>eksportēt visas organizācijas CSV vai XLSX failā</translation>
    </message>
  </context>
</TS>