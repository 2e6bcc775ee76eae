<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="lv_LV">
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../../ngo_desktop/views/main_window.py" line="66" />
      <source>Database: %1</source>
      <translation>Datubāze: %1</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/main_window.py" line="109" />
      <source>&amp;File</source>
      <translation>&amp;Fails</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/main_window.py" line="110" />
      <source>&amp;Settings…</source>
      <translation>&amp;Iestatījumi…</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/main_window.py" line="116" />
      <source>Load &amp;demo data…</source>
      <translation>Ielādēt &amp;demonstrācijas datus…</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/main_window.py" line="120" />
      <source>&amp;Quit</source>
      <translation>&amp;Iziet</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/main_window.py" line="125" />
      <source>&amp;Go</source>
      <translation>&amp;Pāriet</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/main_window.py" line="132" />
      <source>&amp;Help</source>
      <translation>&amp;Palīdzība</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/main_window.py" line="133" />
      <source>&amp;About ngo_desktop</source>
      <translation>&amp;Par ngo_desktop</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/main_window.py" line="145" />
      <source>Settings saved</source>
      <translation>Iestatījumi saglabāti</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/main_window.py" line="157" />
      <source>About ngo_desktop</source>
      <translation>Par ngo_desktop</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/main_window.py" line="158" />
      <source>ngo_desktop %1
The front-desk program of an NGO support centre.

Database: %2</source>
      <translation>ngo_desktop %1
NVO atbalsta centra administratora programma.

Datubāze: %2</translation>
    </message>
  </context>
</TS>