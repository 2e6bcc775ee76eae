<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>OperatorNameDialog</name>
    <message>
        <location filename="../../../ngo_desktop/views/operator_dialog.py" line="16"/>
        <source>Who works at this desk?</source>
        <translation>Kas strādā šajā darba vietā?</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/operator_dialog.py" line="19"/>
        <source>&lt;p&gt;Please enter your name as colleagues and visitors should see it, e.g. &lt;i&gt;Anna Bērziņa&lt;/i&gt;. It is recorded with every booking sheet and document you print and with every change you make (the audit log).&lt;/p&gt;&lt;p&gt;Several people at one computer can write the desk&apos;s name instead, e.g. &lt;i&gt;Front desk, Alūksne&lt;/i&gt;. It can be changed later in Settings.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lūdzu, ierakstiet savu vārdu tā, kā to redzēs kolēģi un apmeklētāji, piemēram, &lt;i&gt;Anna Bērziņa&lt;/i&gt;. Tas tiek saglabāts pie katras jūsu izdrukātās rezervācijas lapas un dokumenta un pie katras jūsu veiktās izmaiņas (audita žurnālā).&lt;/p&gt;&lt;p&gt;Ja pie viena datora strādā vairāki cilvēki, var ierakstīt darba vietas nosaukumu, piemēram, &lt;i&gt;Reģistratūra, Alūksne&lt;/i&gt;. To var mainīt vēlāk iestatījumos.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/operator_dialog.py" line="30"/>
        <source>Save</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/operator_dialog.py" line="31"/>
        <source>Later</source>
        <translation>Vēlāk</translation>
    </message>
</context>
</TS>
