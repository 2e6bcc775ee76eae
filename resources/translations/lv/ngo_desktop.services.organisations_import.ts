<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="lv_LV">
  <context>
    <name>OrganisationImport</name>
    <message>
      <location filename="../../../ngo_desktop/services/organisations_import.py" line="90" />
      <source>Row {row}, column “{column}”: {message}</source>
      <translation>{row}. rinda, kolonna “{column}”: {message}</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/organisations_import.py" line="92" />
      <source>Row {row}: {message}</source>
      <translation>{row}. rinda: {message}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../ngo_desktop/services/organisations_import.py" line="127" />
      <source>Nothing was imported: %n row(s) have problems.</source>
      <translation>
        <numerusform>Nekas netika importēts: %n rindā ir kļūdas.</numerusform>
        <numerusform>Nekas netika importēts: %n rindās ir kļūdas.</numerusform>
        <numerusform>Nekas netika importēts: %n rindās ir kļūdas.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/organisations_import.py" line="142" />
      <source>The file {path} cannot be read: {reason}</source>
      <translation>Failu {path} nevar nolasīt: {reason}</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/organisations_import.py" line="153" />
      <location filename="../../../ngo_desktop/services/organisations_import.py" line="193" />
      <source>The file is empty: it needs a header row and at least one row.</source>
      <translation>Fails ir tukšs: tajā jābūt virsrakstu rindai un vismaz vienai datu rindai.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/organisations_import.py" line="184" />
      <source>{path} is not an Excel workbook this program can read.</source>
      <translation>{path} nav Excel darbgrāmata, ko šī programma var nolasīt.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/organisations_import.py" line="206" />
      <source>No column holds the organisation's name. Map a column to “Name”.</source>
      <translation>Nevienā kolonnā nav organizācijas nosaukuma. Piesaistiet kolonnu laukam “Nosaukums”.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/organisations_import.py" line="230" />
      <source>This organisation is already in row {row} of the file.</source>
      <translation>Šī organizācija jau ir faila {row}. rindā.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/organisations_import.py" line="273" />
      <source>“{value}” is not one of: {allowed}.</source>
      <translation>“{value}” nav neviena no vērtībām: {allowed}.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/organisations_import.py" line="287" />
      <source>“{value}” is not a date; write it as 05.03.2026.</source>
      <translation>“{value}” nav datums; ierakstiet to formā 05.03.2026.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/organisations_import.py" line="295" />
      <source>“{value}” is not a year; write it as 2026.</source>
      <translation>“{value}” nav gads; ierakstiet to formā 2026.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/organisations_import.py" line="304" />
      <source>“{value}” is not an amount in euro; write it as 12,50.</source>
      <translation>“{value}” nav summa eiro; ierakstiet to formā 12,50.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/organisations_import.py" line="314" />
      <source>Write “jā” or leave the cell empty.</source>
      <translation>Ierakstiet “jā” vai atstājiet šūnu tukšu.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/organisations_import.py" line="377" />
      <source>The import was stopped; nothing was imported.</source>
      <translation>Imports tika apturēts; nekas netika importēts.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/organisations_import.py" line="391" />
      <source>Import of {file}: {added} added, {updated} updated, {skipped} skipped</source>
      <translation>Imports no {file}: pievienotas {added}, atjauninātas {updated}, izlaistas {skipped}</translation>
    </message>
  </context>
</TS>