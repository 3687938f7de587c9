<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CardText</name>
    <message numerus="yes">
        <location filename="../../gui/views/sources_claims.py" line="145"/>
        <source>%1 figures, %2 sources; %n claim(s) rounded loosely</source>
        <extracomment>The figures table&apos;s id column (core.export.COLUMNS), hidden until the reader asks for it.</extracomment>
        <translation>
            <numerusform>%1 figures, %2 sources; %n claim rounded loosely</numerusform>
            <numerusform>%1 figures, %2 sources; %n claims rounded loosely</numerusform>
        </translation>
    </message>
</context>
</TS>
