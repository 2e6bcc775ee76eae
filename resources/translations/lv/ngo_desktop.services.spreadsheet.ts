<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Spreadsheet</name>
    <message>
        <location filename="../../../ngo_desktop/services/spreadsheet.py" line="90"/>
        <source>yes</source>
        <translation>jā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/spreadsheet.py" line="253"/>
        <source>Row {row}, column “{column}”: {message}</source>
        <translation>{row}. rinda, kolonna „{column}”: {message}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/spreadsheet.py" line="255"/>
        <source>Row {row}: {message}</source>
        <translation>{row}. rinda: {message}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/spreadsheet.py" line="284"/>
        <source>{name} is not a spreadsheet file: choose a file ending in .csv or .xlsx.</source>
        <translation>{name} nav izklājlapas fails: izvēlieties failu, kura nosaukums beidzas ar .csv vai .xlsx.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/spreadsheet.py" line="292"/>
        <source>The file {path} cannot be read: {reason}</source>
        <translation>Failu {path} nevar nolasīt: {reason}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/spreadsheet.py" line="297"/>
        <source>{name} is larger than {size} MB, more than this program reads at once. Split it into smaller files.</source>
        <translation>{name} ir lielāks par {size} MB — vairāk, nekā šī programma nolasa vienā reizē. Sadaliet to mazākos failos.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/spreadsheet.py" line="303"/>
        <source>{name} has more than {rows} rows, more than this program reads at once. Split it into smaller files.</source>
        <translation>Failā {name} ir vairāk nekā {rows} rindu — vairāk, nekā šī programma nolasa vienā reizē. Sadaliet to mazākos failos.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/spreadsheet.py" line="346"/>
        <source>Row {row} of {name} cannot be read as CSV ({reason}).</source>
        <translation>Faila {name} {row}. rindu nevar nolasīt kā CSV ({reason}).</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/spreadsheet.py" line="350"/>
        <location filename="../../../ngo_desktop/services/spreadsheet.py" line="527"/>
        <source>The file is empty: it needs a header row and at least one row.</source>
        <translation>Fails ir tukšs: tajā jābūt virsrakstu rindai un vismaz vienai datu rindai.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/spreadsheet.py" line="380"/>
        <source>this text is not readable as {encoding}; save the file again as “CSV UTF-8”.</source>
        <translation>šo tekstu nevar nolasīt kā {encoding}; saglabājiet failu vēlreiz kā „CSV UTF-8”.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/spreadsheet.py" line="384"/>
        <location filename="../../../ngo_desktop/services/spreadsheet.py" line="543"/>
        <source>the cell holds more than {limit} characters.</source>
        <translation>šūnā ir vairāk nekā {limit} rakstzīmju.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/spreadsheet.py" line="392"/>
        <source>{name} is not a spreadsheet saved as text: row {row}, column {column} cannot be read as {encoding}. Save it from the spreadsheet as “CSV UTF-8” or as .xlsx.</source>
        <translation>{name} nav izklājlapa, kas saglabāta kā teksts: {row}. rindas {column}. kolonnu nevar nolasīt kā {encoding}. Saglabājiet to izklājlapu programmā kā „CSV UTF-8” vai kā .xlsx.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/spreadsheet.py" line="442"/>
        <location filename="../../../ngo_desktop/services/spreadsheet.py" line="476"/>
        <source>{name} is not an Excel workbook this program can read (it may be damaged or incomplete). Open it in the spreadsheet and save it again as .xlsx.</source>
        <translation>{name} nav Excel darbgrāmata, ko šī programma var nolasīt (tā var būt bojāta vai nepilnīga). Atveriet to izklājlapu programmā un saglabājiet vēlreiz kā .xlsx.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/spreadsheet.py" line="547"/>
        <source>the cell holds a formula without a calculated value. Open the file in the spreadsheet, let it calculate and save it, or write the value itself.</source>
        <translation>šūnā ir formula bez aprēķinātas vērtības. Atveriet failu izklājlapu programmā, ļaujiet tai aprēķināt vērtības un saglabājiet to vai ierakstiet pašu vērtību.</translation>
    </message>
</context>
</TS>
