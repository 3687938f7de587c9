<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CardText</name>
    <message numerus="yes">
        <location filename="../../gui/views/sources_claims.py" line="141"/>
        <source>%1 figures, %2 sources; %n claim(s) rounded loosely</source>
        <translation>
            <numerusform>%1 figures, %2 sources; %n claim rounded loosely</numerusform>
            <numerusform>%1 figures, %2 sources; %n claims rounded loosely</numerusform>
        </translation>
    </message>
</context>
</TS>
