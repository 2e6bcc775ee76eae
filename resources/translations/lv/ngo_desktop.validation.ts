<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="lv_LV">
  <context>
    <name>Validation</name>
    <message>
      <location filename="../../../ngo_desktop/validation.py" line="54" />
      <source>The text holds a NUL character (a byte 0); remove it.</source>
      <translation>Tekstā ir NUL rakstzīme (baits 0); izdzēsiet to.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../ngo_desktop/validation.py" line="58" />
      <source>The text is %n characters long; at most {limit} fit.</source>
      <translation>
        <numerusform>Tekstā ir %n rakstzīme, bet atļauts ne vairāk kā {limit}.</numerusform>
        <numerusform>Tekstā ir %n rakstzīmes, bet atļauts ne vairāk kā {limit}.</numerusform>
        <numerusform>Tekstā ir %n rakstzīmju, bet atļauts ne vairāk kā {limit}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/validation.py" line="63" />
      <source>{value} is too large a number.</source>
      <translation>{value} ir pārāk liels skaitlis.</translation>
    </message>
  </context>
</TS>