<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="lv_LV">
  <context>
    <name>OrganisationImport</name>
    <message numerus="yes">
      <location filename="../../../ngo_desktop/services/organisations/importing.py" line="133" />
      <source>Nothing was imported. Rows with problems: %n.</source>
      <translation>
        <numerusform>Nekas netika importēts: %n rindā ir kļūdas.</numerusform>
        <numerusform>Nekas netika importēts: %n rindās ir kļūdas.</numerusform>
        <numerusform>Nekas netika importēts: %n rindās ir kļūdas.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/organisations/importing.py" line="155" />
      <source>No column holds the organisation's name. Map a column to “Name”.</source>
      <translation>Nevienā kolonnā nav organizācijas nosaukuma. Piesaistiet kolonnu laukam „Nosaukums”.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/organisations/importing.py" line="190" />
      <source>This organisation is already in row {row} of the file.</source>
      <translation>Šī organizācija jau ir faila {row}. rindā.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/organisations/importing.py" line="239" />
      <source>“{value}” is not one of: {allowed}.</source>
      <translation>„{value}” nav neviena no vērtībām: {allowed}.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/organisations/importing.py" line="253" />
      <source>“{value}” is not a date; write it as 05.03.2026.</source>
      <translation>„{value}” nav datums; ierakstiet to formā 05.03.2026.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/organisations/importing.py" line="261" />
      <source>“{value}” is not a year; write it as 2026.</source>
      <translation>„{value}” nav gads; ierakstiet to formā 2026.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/organisations/importing.py" line="270" />
      <source>“{value}” is not an amount in euro; write it as 12,50.</source>
      <translation>„{value}” nav summa eiro; ierakstiet to formā 12,50.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/organisations/importing.py" line="280" />
      <source>Write “jā” or leave the cell empty.</source>
      <translation>Ierakstiet „jā” vai atstājiet šūnu tukšu.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/organisations/importing.py" line="399" />
      <source>The import was stopped; nothing was imported.</source>
      <translation>Imports tika apturēts; nekas netika importēts.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/organisations/importing.py" line="415" />
      <source>Import of {file}: {added} added, {updated} updated, {skipped} skipped</source>
      <translation>Imports no {file}: pievienotas {added}, atjauninātas {updated}, izlaistas {skipped}</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/organisations/importing.py" line="104" />
      <source>Row {row}: “{name}” looks like “{existing}”, already in the registry. It will be added as another organisation.</source>
      <translation>{row}. rinda: „{name}” izskatās pēc reģistrā jau esošās „{existing}”. To pievienos kā citu organizāciju.</translation>
    </message>
  </context>
</TS>