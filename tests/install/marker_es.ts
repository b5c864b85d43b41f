<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- A stand-in Spanish catalogue: put where the real one is installed, its one text shows
     that the installed program reads its catalogues there. -->
<TS version="2.1" language="es_ES">
<context>
    <name>pml</name>
    <message>
        <source>Commands:</source>
        <translation>Órdenes del catálogo instalado:</translation>
    </message>
</context>
</TS>
