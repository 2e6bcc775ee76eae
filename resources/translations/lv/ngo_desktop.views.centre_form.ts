<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="lv_LV">
  <context>
    <name>CentreDetailsForm</name>
    <message>
      <location filename="../../../ngo_desktop/views/centre_form.py" line="37" />
      <source>Centre's name</source>
      <translation>Centra nosaukums</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/centre_form.py" line="38" />
      <source>e.g. Alūksnes NVO atbalsta centrs</source>
      <translation>piem., Alūksnes NVO atbalsta centrs</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/centre_form.py" line="39" />
      <source>Address</source>
      <translation>Adrese</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/centre_form.py" line="40" />
      <source>Street, town, postcode</source>
      <translation>Iela, pilsēta, pasta indekss</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/centre_form.py" line="41" />
      <source>Phone</source>
      <translation>Tālrunis</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/centre_form.py" line="42" />
      <source>E-mail</source>
      <translation>E-pasts</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/centre_form.py" line="43" />
      <source>Web address</source>
      <translation>Tīmekļa vietne</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/centre_form.py" line="48" />
      <source>11 digits</source>
      <translation>11 cipari</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/centre_form.py" line="49" />
      <source>Registration number</source>
      <translation>Reģistrācijas numurs</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/centre_form.py" line="54" />
      <source>Choose logo…</source>
      <translation>Izvēlēties logotipu…</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/centre_form.py" line="56" />
      <source>Remove logo</source>
      <translation>Noņemt logotipu</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/centre_form.py" line="62" />
      <source>Logo</source>
      <translation>Logotips</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/centre_form.py" line="63" />
      <source>Printed on every booking sheet</source>
      <translation>Tiek drukāti uz katras rezervācijas lapas</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/centre_form.py" line="65" />
      <source>House rules</source>
      <translation>Iekšējās kārtības noteikumi</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/centre_form.py" line="107" />
      <source>Choose the centre's logo</source>
      <translation>Izvēlieties centra logotipu</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/centre_form.py" line="107" />
      <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
      <translation>Attēli (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/centre_form.py" line="115" />
      <source>The chosen file is not an image this program can read.</source>
      <translation>Izvēlētais fails nav attēls, ko šī programma var nolasīt.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/centre_form.py" line="136" />
      <source>no logo</source>
      <translation>nav logotipa</translation>
    </message>
  </context>
</TS>