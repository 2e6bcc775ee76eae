<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../../ngo_desktop/views/premises/statements_view.py" line="96"/>
        <source>Payment for %1</source>
        <translation>Maksājums par %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/statements_view.py" line="99"/>
        <source>Tenant</source>
        <translation>Nomnieks</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/statements_view.py" line="100"/>
        <source>Amount due</source>
        <translation>Maksājamā summa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/statements_view.py" line="102"/>
        <source>Amount paid</source>
        <translation>Samaksātā summa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/statements_view.py" line="104"/>
        <source>Paid on</source>
        <translation>Samaksāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/statements_view.py" line="106"/>
        <source>e.g. bank transfer, receipt No.</source>
        <translation>piem., bankas pārskaitījums, kvīts Nr.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/statements_view.py" line="107"/>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/statements_view.py" line="109"/>
        <source>Save</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/statements_view.py" line="110"/>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/statements_view.py" line="122"/>
        <source>Type an amount in euros, e.g. 120 or 120,50.</source>
        <translation>Ierakstiet summu eiro, piem., 120 vai 120,50.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/statements_view.py" line="132"/>
        <source>Not saved</source>
        <translation>Nav saglabāts</translation>
    </message>
</context>
<context>
    <name>StatementsTableModel</name>
    <message>
        <location filename="../../../ngo_desktop/views/premises/statements_view.py" line="53"/>
        <source>Premises</source>
        <translation>Telpas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/statements_view.py" line="53"/>
        <source>Tenant</source>
        <translation>Nomnieks</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/statements_view.py" line="53"/>
        <source>Days</source>
        <translation>Dienas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/statements_view.py" line="53"/>
        <source>Rent</source>
        <translation>Nomas maksa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/statements_view.py" line="54"/>
        <source>Utilities</source>
        <translation>Komunālie maksājumi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/statements_view.py" line="54"/>
        <source>Reduction</source>
        <translation>Atlaide</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/statements_view.py" line="54"/>
        <source>Amount due</source>
        <translation>Maksājamā summa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/statements_view.py" line="54"/>
        <source>Paid</source>
        <translation>Samaksāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/statements_view.py" line="55"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
</context>
<context>
    <name>StatementsView</name>
    <message>
        <location filename="../../../ngo_desktop/views/premises/statements_view.py" line="145"/>
        <source>Previous month</source>
        <translation>Iepriekšējais mēnesis</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/statements_view.py" line="148"/>
        <source>Next month</source>
        <translation>Nākamais mēnesis</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/statements_view.py" line="152"/>
        <source>Record payment…</source>
        <translation>Reģistrēt maksājumu…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/statements_view.py" line="154"/>
        <source>Statement PDF…</source>
        <translation>Mēneša aprēķins (PDF)…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/statements_view.py" line="157"/>
        <source>Month</source>
        <translation>Mēnesis</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/statements_view.py" line="213"/>
        <source>No tenancy runs in this month.</source>
        <translation>Šajā mēnesī nav spēkā neviena nomas līguma.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/statements_view.py" line="216"/>
        <source>Charged %1 · municipal support (reductions) %2 · due %3 · paid %4</source>
        <translation>Aprēķināts %1 · pašvaldības atbalsts (atlaides) %2 · maksājams %3 · samaksāts %4</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/statements_view.py" line="239"/>
        <source>Choose a tenant</source>
        <translation>Izvēlieties nomnieku</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/statements_view.py" line="239"/>
        <source>Select a tenant&apos;s line first.</source>
        <translation>Vispirms atlasiet nomnieka rindu.</translation>
    </message>
</context>
</TS>
