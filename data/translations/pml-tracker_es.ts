<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>ActorDialog</name>
    <message>
        <location filename="../../ui/actor_dialog.ui" line="+9" />
        <source>Institution</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Short name:</source>
        <translation>&amp;Sigla:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Optional, e.g. SNI</source>
        <translation>Opcional, p. ej., SNI</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
</context>
<context>
    <name>BulkUpdateDialog</name>
    <message>
        <location filename="../../ui/bulk_update_dialog.ui" line="+9" />
        <source>Update selected activities</source>
        <translation>Actualizar las actividades seleccionadas</translation>
    </message>
    <message>
        <location line="+15" />
        <source>&amp;Status:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Percent done:</source>
        <translation>P&amp;orcentaje de avance:</translation>
    </message>
    <message>
        <location line="+8" />
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Keep each activity's percent</source>
        <translation>&amp;Conservar el porcentaje de cada actividad</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Effective date:</source>
        <translation>&amp;Fecha efectiva:</translation>
    </message>
    <message>
        <location line="+20" />
        <source>&amp;Note:</source>
        <translation>Co&amp;mentario:</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Recorded by:</source>
        <translation>Registrado po&amp;r:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="+14" />
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+10" />
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Acting user:</source>
        <translation>&amp;Usuario actual:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Acting user</source>
        <translation>Usuario actual</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The person you act as in every tracker you open. They must be listed in the tracker; their roles (monitor, reviewer, admin) decide what you may change, and every change records their name.</source>
        <translation>La persona con la que usted actúa en todos los archivos de seguimiento que abra. Debe figurar en el archivo de seguimiento; sus roles (monitor, revisor, administrador) determinan lo que puede cambiar, y cada cambio registra su nombre.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Tracker Settings</source>
        <translation>Parámetros del seguimiento</translation>
    </message>
    <message>
        <location line="+15" />
        <source>&amp;Start of the schedule:</source>
        <translation>I&amp;nicio del cronograma:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Start of the schedule</source>
        <translation>Inicio del cronograma</translation>
    </message>
    <message>
        <location line="+7" />
        <source>S&amp;hort term ends after (years):</source>
        <translation>&amp;Corto plazo termina a los (años):</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Short term years</source>
        <translation>Años del corto plazo</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Medium term ends after (years):</source>
        <translation>&amp;Mediano plazo termina a los (años):</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Medium term years</source>
        <translation>Años del mediano plazo</translation>
    </message>
    <message>
        <location line="+7" />
        <source>L&amp;ong term ends after (years):</source>
        <translation>&amp;Largo plazo termina a los (años):</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Long term years</source>
        <translation>Años del largo plazo</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Roll-up:</source>
        <translation>Cálculo a&amp;gregado:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Roll-up mode</source>
        <translation>Modo de cálculo agregado</translation>
    </message>
    <message>
        <location line="+7" />
        <source>At &amp;risk when behind plan by more than:</source>
        <translation>En &amp;riesgo si la brecha supera:</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+26" />
        <source> points</source>
        <translation> puntos</translation>
    </message>
    <message>
        <location line="-17" />
        <source>At-risk gap in percentage points</source>
        <translation>Brecha de riesgo en puntos porcentuales</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Late when behind plan by more than:</source>
        <translation>Re&amp;trasada si la brecha supera:</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Late gap in percentage points</source>
        <translation>Brecha de retraso en puntos porcentuales</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Preview: figures as of the viewed date</source>
        <translation>Vista previa: cifras a la fecha consultada</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Preview of the settings' effect</source>
        <translation>Vista previa del efecto de los parámetros</translation>
    </message>
</context>
<context>
    <name>UpdateForm</name>
    <message>
        <location filename="../../ui/update_form.ui" line="+20" />
        <source>&amp;Status:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Percent done:</source>
        <translation>P&amp;orcentaje de avance:</translation>
    </message>
    <message>
        <location line="+8" />
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Effective date:</source>
        <translation>&amp;Fecha efectiva:</translation>
    </message>
    <message>
        <location line="+20" />
        <source>&amp;Note:</source>
        <translation>Co&amp;mentario:</translation>
    </message>
    <message>
        <location line="+11" />
        <source>What was done, evidence, source...</source>
        <translation>Qué se hizo, medio de verificación, fuente…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Recorded &amp;by:</source>
        <translation>Registrado po&amp;r:</translation>
    </message>
    <message>
        <location line="+26" />
        <source>&amp;Record update</source>
        <translation>Re&amp;gistrar actualización</translation>
    </message>
</context>
<context>
    <name>pml</name>
    <message>
        <location filename="../../src/cli/command_report.cpp" line="+31" />
        <source>report: give --format (%1): the extension of '%2' names none</source>
        <translation>report: indique --format (%1): la extensión de '%2' no corresponde a ninguno</translation>
    </message>
    <message>
        <location line="+3" />
        <source>unknown report format '%1'; expected one of %2</source>
        <translation>formato de informe desconocido '%1'; se esperaba uno de %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Writes the quarterly progress report of quarter YEAR-QN as of its last day (as of today, marked provisional, while the quarter runs): executive summary, one section per line of action, the activities updated in the quarter, those needing attention and an appendix of all activities. The file is written under a temporary name and renamed when complete.</source>
        <translation>Escribe el informe trimestral de avance del trimestre AAAA-QN con corte a su último día (con corte a hoy, marcado como provisional, mientras el trimestre está en curso): resumen ejecutivo, una sección por línea de acción, las actividades actualizadas en el trimestre, las que requieren atención y un anexo con todas las actividades. El archivo se escribe con un nombre temporal y se renombra al terminar.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>tracker file (opened read-only)</source>
        <translation>archivo de seguimiento (se abre en solo lectura)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>calendar quarter, e.g. 2026-Q3</source>
        <translation>trimestre calendario, p. ej., 2026-Q3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>pdf, xlsx, html, csv (the activity table) or json (the complete model); by default the output's extension</source>
        <translation>pdf, xlsx, html, csv (la tabla de actividades) o json (el modelo completo); por omisión, la extensión del archivo de salida</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../../src/cli/command_transfer.cpp" line="+25" />
        <source>file to write</source>
        <translation>archivo que se escribirá</translation>
    </message>
    <message>
        <location line="+3" />
        <source>report on this line of action only</source>
        <translation>informar solo sobre esta línea de acción</translation>
    </message>
    <message>
        <location line="+3" />
        <source>language of the report: es (default) or en</source>
        <translation>idioma del informe: es (por omisión) o en</translation>
    </message>
    <message>
        <location line="+3" />
        <source>leave the table of all activities out of the PDF and HTML report</source>
        <translation>omitir la tabla de todas las actividades en el informe PDF y HTML</translation>
    </message>
    <message>
        <location line="+4" />
        <source>CSV separator: , (default) or ; (with decimal commas, for Spanish Excel)</source>
        <translation>separador CSV: , (por omisión) o ; (con coma decimal, para Excel en español)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>name shown as the report's author, who prepared it (default: the system user name)</source>
        <translation>nombre que figura como autor del informe, quien lo elaboró (por omisión: el nombre de usuario del sistema)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>name of who reviews the report (default: a blank line to sign)</source>
        <translation>nombre de quien revisa el informe (por omisión: una línea en blanco para firmar)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>report: --quarter is required (see 'pml-tracker-cli report --help')</source>
        <translation>report: --quarter es obligatorio (vea 'pml-tracker-cli report --help')</translation>
    </message>
    <message>
        <location line="+4" />
        <source>report: --output is required (see 'pml-tracker-cli report --help')</source>
        <translation>report: --output es obligatorio (vea 'pml-tracker-cli report --help')</translation>
    </message>
    <message>
        <location line="+8" />
        <source>quarter %1 has not begun yet (today is %2)</source>
        <translation>el trimestre %1 aún no ha comenzado (hoy es %2)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>--separator: '%1' is not a CSV separator; use , or ;</source>
        <translation>--separator: '%1' no es un separador CSV; use , o ;</translation>
    </message>
    <message>
        <location line="+22" />
        <source>wrote %1 (%2, %3, as of %4, provisional)</source>
        <translation>escrito %1 (%2, %3, al %4, provisional)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>wrote %1 (%2, %3, as of %4)</source>
        <translation>escrito %1 (%2, %3, al %4)</translation>
    </message>
    <message>
        <location filename="../../src/cli/command_transfer.cpp" line="-6" />
        <source>Writes a tracker's strategy and history (structure, settings, actors, assignments and the full status history) to a JSON file. People, review steps, evidence and the audit log stay in the tracker file: copy that file to keep them. The file is replaced atomically: it is either the complete export or left as it was.</source>
        <translation>Escribe la estrategia y el historial de un archivo de seguimiento (estructura, parámetros, entidades, asignaciones y todo el historial de estados) en un archivo JSON. Las personas, los pasos de revisión, los medios de verificación y el registro de auditoría permanecen en el archivo de seguimiento: copie ese archivo para conservarlos. El archivo se reemplaza de forma atómica: contiene la exportación completa o queda como estaba.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>exported %1 to %2 (%3 bytes)</source>
        <translation>exportado %1 a %2 (%3 bytes)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Creates a new tracker from a JSON export. The whole file is validated first; invalid content is refused and no tracker file is left behind. Refuses an existing DB.</source>
        <translation>Crea un archivo de seguimiento nuevo a partir de una exportación JSON. Primero se valida todo el archivo; el contenido no válido se rechaza y no queda ningún archivo de seguimiento. No sobrescribe una base de datos existente.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>exported tracker</source>
        <translation>archivo de seguimiento exportado</translation>
    </message>
    <message>
        <location line="+11" />
        <source>'%1' already exists; import never overwrites a file</source>
        <translation>'%1' ya existe; import nunca sobrescribe un archivo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a tracker export</source>
        <translation>una exportación de archivo de seguimiento</translation>
    </message>
    <message>
        <location line="+4" />
        <source>imported %1 into %2: %3 activities, %4 updates</source>
        <translation>importado %1 en %2: %3 actividades, %4 actualizaciones</translation>
    </message>
    <message>
        <location filename="../../src/cli/command_check.cpp" line="+25" />
        <source>This computer has not seen any tracker yet.</source>
        <translation>Esta computadora todavía no ha visto ningún archivo de seguimiento.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: %2 entries in its history, the last %3, seen on %4</source>
        <translation>%1: %2 entradas en su historial, la última %3, visto el %4</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Checks a tracker's integrity and consistency, and verifies its audit log: every entry chained to the one before, and every table as the log recorded it. With --fingerprint, also confirms that the tracker still holds, unchanged, the history a report with that fingerprint was computed from. Exit status 0 when clean, 3 when problems were found (each is printed), 1 when the file cannot be checked.</source>
        <translation>Verifica la integridad y la coherencia de un archivo de seguimiento, y su registro de auditoría: cada entrada encadenada a la anterior y cada tabla tal como la consignó el registro. Con --fingerprint, confirma además que el archivo de seguimiento aún conserva, sin cambios, el historial con el que se calculó un informe con esa huella de integridad. Código de salida 0 si no hay problemas, 3 si se encontraron problemas (se muestra cada uno), 1 si no se puede verificar el archivo.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>a report's fingerprint, full or its first 16 digits (spaces allowed)</source>
        <translation>la huella de integridad de un informe, completa o sus primeros 16 dígitos (se admiten espacios)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>list what this computer remembers of the trackers it has opened or checked (no DB needed)</source>
        <translation>lista lo que esta computadora recuerda de los archivos de seguimiento que abrió o verificó (no hace falta DB)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>check: name the tracker to check</source>
        <translation>check: indique el archivo de seguimiento que se debe verificar</translation>
    </message>
    <message>
        <location line="+7" />
        <source>--fingerprint: "%1" is not a fingerprint: it has 16 to 64 hexadecimal digits, such as a3f9 1c07 5b2e 9d40.</source>
        <translation>--fingerprint: «%1» no es una huella de integridad: esta tiene de 16 a 64 dígitos hexadecimales, como a3f9 1c07 5b2e 9d40.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: no problems found; the fingerprint %2 checks out</source>
        <translation>%1: no se encontraron problemas; la huella de integridad %2 es correcta</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: no problems found</source>
        <translation>%1: no se encontraron problemas</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%1: %n problem(s) found</source>
        <translation>
            <numerusform>%1: se encontró %n problema</numerusform>
            <numerusform>%1: se encontraron %n problemas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cli/main.cpp" line="+27" />
        <source>create a tracker from the bundled strategy</source>
        <translation>crea un archivo de seguimiento a partir de la estrategia incluida</translation>
    </message>
    <message>
        <location line="+1" />
        <source>print the progress tree (text or --json)</source>
        <translation>muestra el árbol de avance (texto o --json)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>record a status update of an activity</source>
        <translation>registra una actualización de estado de una actividad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>change an activity's planning and responsible actors</source>
        <translation>cambia la programación y las entidades responsables de una actividad</translation>
    </message>
    <message>
        <location line="+2" />
        <source>list, read or change tracker settings</source>
        <translation>lista, muestra o cambia los parámetros del archivo de seguimiento</translation>
    </message>
    <message>
        <location line="+1" />
        <source>list recorded updates in recording order</source>
        <translation>lista las actualizaciones en el orden en que se registraron</translation>
    </message>
    <message>
        <location line="+1" />
        <source>show what goes into a figure and its formula</source>
        <translation>muestra qué compone una cifra y su fórmula</translation>
    </message>
    <message>
        <location line="+4" />
        <source>create a new tracker from an exported JSON file</source>
        <translation>crea un archivo de seguimiento nuevo a partir de un archivo JSON exportado</translation>
    </message>
    <message>
        <location line="-2" />
        <source>write a tracker's strategy and history to a JSON file</source>
        <translation>escribe la estrategia y el historial de un archivo de seguimiento en un archivo JSON</translation>
    </message>
    <message>
        <location line="+5" />
        <source>check a tracker's integrity, its audit log and a report's fingerprint</source>
        <translation>verifica un archivo de seguimiento, su registro de auditoría y la huella de un informe</translation>
    </message>
    <message>
        <location line="+3" />
        <source>submit, approve, return or reopen a line's quarter</source>
        <translation>remite, aprueba, devuelve o reabre el trimestre de una línea</translation>
    </message>
    <message>
        <location line="+2" />
        <source>print what needs doing this quarter</source>
        <translation>muestra lo que queda pendiente en este trimestre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>list, add or remove the people of a tracker</source>
        <translation>lista, agrega o da de baja a las personas de un archivo de seguimiento</translation>
    </message>
    <message>
        <location line="+1" />
        <source>add, list, open or withdraw evidence</source>
        <translation>agrega, lista, abre o retira medios de verificación</translation>
    </message>
    <message>
        <location line="+1" />
        <source>list the audit log of every change</source>
        <translation>lista el registro de auditoría de todos los cambios</translation>
    </message>
    <message>
        <location line="+1" />
        <source>build a synthetic tracker of a given size</source>
        <translation>genera un archivo de seguimiento sintético del tamaño indicado</translation>
    </message>
    <message>
        <location line="+2" />
        <source>measure what the program costs on a tracker</source>
        <translation>mide lo que el programa tarda con un archivo de seguimiento</translation>
    </message>
    <message>
        <location line="+1" />
        <source>write a quarterly progress report</source>
        <translation>escribe un informe trimestral de avance</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Usage: pml-tracker-cli COMMAND [arguments] [options]</source>
        <translation>Uso: pml-tracker-cli COMMAND [argumentos] [opciones]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Follows the progress of the national cleaner production strategy (PML).</source>
        <translation>Sigue el avance de la Estrategia Nacional para la Promoción de la Producción Más Limpia y Eficiente (PML).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Displays help on commandline options.</source>
        <translation>Muestra la ayuda sobre las opciones de la línea de comandos.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Displays version information.</source>
        <translation>Muestra la información de la versión.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run 'pml-tracker-cli COMMAND --help' for the arguments of a command.</source>
        <translation>Ejecute 'pml-tracker-cli COMMAND --help' para ver los argumentos de un comando.</translation>
    </message>
    <message>
        <location line="+72" />
        <source>unknown command '%1'</source>
        <translation>comando desconocido '%1'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run 'pml-tracker-cli --help' for the list of commands.</source>
        <translation>Ejecute 'pml-tracker-cli --help' para ver la lista de comandos.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>not enough memory to finish; nothing was changed</source>
        <translation>no hay memoria suficiente para terminar; no se cambió nada</translation>
    </message>
    <message>
        <location line="+7" />
        <source>unexpected internal error; nothing was changed</source>
        <translation>error interno inesperado; no se cambió nada</translation>
    </message>
    <message>
        <location filename="../../src/core/enums.cpp" line="+172" />
        <source>Short term</source>
        <translation>Corto plazo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Medium term</source>
        <translation>Mediano plazo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Long term</source>
        <translation>Largo plazo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Medium and long term</source>
        <translation>Mediano y largo plazo</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Not started</source>
        <translation>No iniciada</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In progress</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+23" />
        <source>Completed</source>
        <translation>Concluida</translation>
    </message>
    <message>
        <location line="-21" />
        <source>Suspended</source>
        <translation>Suspendida</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+21" />
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location line="-12" />
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not due</source>
        <translation>Por iniciar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>On track</source>
        <translation>En plazo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Late</source>
        <translation>Retrasada</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Business association</source>
        <translation>Gremio empresarial</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Other institution</source>
        <translation>Otra entidad</translation>
    </message>
    <message>
        <location filename="../../src/core/audit_fields.cpp" line="+16" />
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Line of action</source>
        <translation>Línea de acción</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review step</source>
        <translation>Paso de revisión</translation>
    </message>
    <message>
        <location line="+1" />
        <source>State before</source>
        <translation>Estado anterior</translation>
    </message>
    <message>
        <location line="+1" />
        <source>State after</source>
        <translation>Estado resultante</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In force from</source>
        <translation>Vigente desde</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Achievements</source>
        <translation>Logros</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Difficulties</source>
        <translation>Dificultades</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Update</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evidence</source>
        <translation>Medio de verificación</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evidence kind</source>
        <translation>Tipo de medio de verificación</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Short name</source>
        <translation>Nombre corto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File type</source>
        <translation>Tipo de archivo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Planned start</source>
        <translation>Inicio programado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Planned end</source>
        <translation>Fin programado</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../src/core/enums.cpp" line="+7" />
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../src/core/enums.cpp" line="+1" />
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Listed</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Roll-up mode</source>
        <translation>Modo de promedio</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Strategy start</source>
        <translation>Inicio de la estrategia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Short term (years)</source>
        <translation>Corto plazo (años)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medium term (years)</source>
        <translation>Mediano plazo (años)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Long term (years)</source>
        <translation>Largo plazo (años)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gap for at risk</source>
        <translation>Umbral de brecha para en riesgo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gap for late</source>
        <translation>Umbral de brecha para retrasada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Institution</source>
        <translation>Nombre de la institución</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review step number</source>
        <translation>Número del paso de revisión</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recorded at</source>
        <translation>Registrado el</translation>
    </message>
    <message>
        <location filename="../../src/core/enums.cpp" line="+5" />
        <source>Mean of objectives</source>
        <translation>Promedio por objetivos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mean of activities</source>
        <translation>Promedio por actividades</translation>
    </message>
    <message>
        <location filename="../../src/core/explanation.cpp" line="+120" />
        <source>There is no objective %1.</source>
        <translation>No existe el objetivo %1.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>There is no line %1.</source>
        <translation>No existe la línea %1.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>There is no barrier group %1.</source>
        <translation>No existe el grupo de barreras %1.</translation>
    </message>
    <message>
        <location filename="../../src/core/history.cpp" line="+50" />
        <source>a cancelled activity keeps a percent from %1 to %2, not %3.</source>
        <translation>una actividad cancelada conserva un porcentaje de %1 a %2, no %3.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>A not started activity has percent 0, not %1.</source>
        <translation>Una actividad no iniciada tiene 0 %, no %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>An activity in progress needs a percent from 1 to 99.</source>
        <translation>Una actividad en ejecución requiere un porcentaje de 1 a 99.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>An activity in progress needs a percent from 1 to 99, not %1.</source>
        <translation>Una actividad en ejecución requiere un porcentaje de 1 a 99, no %1.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A completed activity has percent 100, not %1.</source>
        <translation>Una actividad concluida tiene 100 %, no %1.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>A suspended activity takes a percent from 0 to 99, not %1.</source>
        <translation>Una actividad suspendida admite un porcentaje de 0 a 99, no %1.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No percent may be given when cancelling an activity (given: %1); it keeps its last percent.</source>
        <translation>Al cancelar una actividad no se indica porcentaje (se indicó: %1); conserva su último porcentaje.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Unknown status.</source>
        <translation>Estado desconocido.</translation>
    </message>
    <message>
        <location line="+47" />
        <source>The effective date is not a valid date.</source>
        <translation>La fecha efectiva no es una fecha válida.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The effective date %1 is before %2, the earliest date accepted.</source>
        <translation>La fecha efectiva %1 es anterior al %2, la fecha más temprana que se acepta.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The effective date %1 is in the future (today is %2).</source>
        <translation>La fecha efectiva %1 es futura (hoy es %2).</translation>
    </message>
    <message>
        <location filename="../../src/core/progress.cpp" line="+61" />
        <location filename="../../src/storage/strategy_validation.cpp" line="+190" />
        <source>Activity %1: the planned start %2 must be before the planned end %3.</source>
        <translation>Actividad %1: el inicio programado %2 debe ser anterior al fin programado %3.</translation>
    </message>
    <message>
        <location filename="../../src/core/settings.cpp" line="+69" />
        <source>Setting %1 takes a whole number of years greater than 0, not "%2".</source>
        <translation>El parámetro %1 requiere un número entero de años mayor que 0, no «%2».</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Setting %1 takes a number of percentage points of at least 0 (e.g. 10 or 12.5), not "%2".</source>
        <translation>El parámetro %1 requiere un número de puntos porcentuales mayor o igual a 0 (p. ej., 10 o 12.5), no «%2».</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Setting %1 takes one line of at most %2 characters.</source>
        <translation>El parámetro %1 admite una sola línea de %2 caracteres como máximo.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Setting %1 takes a PNG or JPEG image of at most %2 KB.</source>
        <translation>El parámetro %1 admite una imagen PNG o JPEG de %2 KB como máximo.</translation>
    </message>
    <message>
        <location line="+63" />
        <source>Setting %1 takes "objectives" or "activities", not "%2".</source>
        <translation>El parámetro %1 admite «objectives» o «activities», no «%2».</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Setting %1 takes a real date written YYYY-MM-DD, not "%2".</source>
        <translation>El parámetro %1 requiere una fecha real escrita AAAA-MM-DD, no «%2».</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Setting %1 takes the image as base64 text.</source>
        <translation>El parámetro %1 admite la imagen como texto base64.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Unknown setting "%1"; the settings are: %2.</source>
        <translation>Parámetro desconocido «%1»; los parámetros son: %2.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Setting %1 must be a valid date.</source>
        <translation>El parámetro %1 debe ser una fecha válida.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Setting %1 must be at least 1, not %2.</source>
        <translation>El parámetro %1 debe ser como mínimo 1, no %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The horizon boundaries must grow: %1 (%2) &lt; %3 (%4) &lt; %5 (%6).</source>
        <translation>Los límites de los horizontes deben ser crecientes: %1 (%2) &lt; %3 (%4) &lt; %5 (%6).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The gaps must be numbers of at least 0 (%1 = %2, %3 = %4).</source>
        <translation>Las brechas deben ser números mayores o iguales a 0 (%1 = %2, %3 = %4).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Setting %1 (%2) must not exceed %3 (%4).</source>
        <translation>El parámetro %1 (%2) no debe superar a %3 (%4).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Setting %1 (%2) puts the end of the schedule beyond the calendar.</source>
        <translation>El parámetro %1 (%2) lleva el fin del cronograma más allá del calendario.</translation>
    </message>
    <message>
        <location filename="../../src/core/synthetic.cpp" line="+37" />
        <source>Lines, objectives and activities must each be at least 1 (lines %1, objectives %2, activities %3).</source>
        <translation>Debe haber al menos 1 línea, 1 objetivo y 1 actividad (líneas %1, objetivos %2, actividades %3).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The number of updates cannot be negative (%1).</source>
        <translation>El número de actualizaciones no puede ser negativo (%1).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>There must be at least as many objectives (%1) as lines (%2).</source>
        <translation>Debe haber al menos tantos objetivos (%1) como líneas (%2).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>There must be at least as many activities (%1) as objectives (%2).</source>
        <translation>Debe haber al menos tantas actividades (%1) como objetivos (%2).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The date of today is not a valid date.</source>
        <translation>La fecha de hoy no es una fecha válida.</translation>
    </message>
    <message>
        <location filename="../../src/gui/widgets/edit_notice.cpp" line="+12" />
        <source>Change Refused</source>
        <translation>Cambio rechazado</translation>
    </message>
    <message>
        <location filename="../../src/report/audit_csv.cpp" line="+34" />
        <location filename="../../src/report/csv_writer.cpp" line="+42" />
        <source>Invalid CSV separator "%1": use , or ;.</source>
        <translation>Separador CSV no válido «%1»: use , o ;.</translation>
    </message>
    <message>
        <location filename="../../src/report/pdf_writer.cpp" line="+71" />
        <source>Could not start the PDF document.</source>
        <translation>No se pudo iniciar el documento PDF.</translation>
    </message>
    <message>
        <location line="+502" />
        <source>Writing a PDF needs a QGuiApplication (set QT_QPA_PLATFORM=offscreen).</source>
        <translation>Para escribir un PDF se necesita una QGuiApplication (defina QT_QPA_PLATFORM=offscreen).</translation>
    </message>
    <message>
        <location filename="../../src/report/report_file.cpp" line="+59" />
        <source>The file name "%1" ends in .%2, but the report is chosen as %3: end the name with .%4, or choose the %5 format.</source>
        <translation>El nombre de archivo «%1» termina en .%2, pero el informe elegido es %3: termine el nombre en .%4 o elija el formato %5.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The file name "%1" ends in .%2, which is no report format: end the name with .%3 for a %4 report.</source>
        <translation>El nombre de archivo «%1» termina en .%2, que no es un formato de informe: termine el nombre en .%3 para un informe %4.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Cannot write the report to "%1": %2</source>
        <translation>No se puede escribir el informe en «%1»: %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/command_evidence.cpp" line="+29" />
        <source>evidence: a line's narrative needs --quarter</source>
        <translation>evidence: para el informe narrativo de una línea se necesita --quarter</translation>
    </message>
    <message>
        <location filename="../../src/core/quarter.cpp" line="+37" />
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Invalid quarter "%1": expected YEAR-QN, for example 2026-Q3.</source>
        <translation>Trimestre no válido «%1»: se esperaba AAAA-QN, por ejemplo 2026-Q3.</translation>
    </message>
    <message>
        <location filename="../../src/cli/command_evidence.cpp" line="+29" />
        <source>Update %1 is not an update of activity %2.</source>
        <translation>La actualización %1 no es una actualización de la actividad %2.</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Activity %1 has no update to attach evidence to; record one first.</source>
        <translation>La actividad %1 no tiene ninguna actualización a la que adjuntar un medio de verificación; registre una primero.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>update %1 (%2)</source>
        <translation>actualización %1 (%2)</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../src/core/audit_text.cpp" line="+46" />
        <location line="+177" />
        <source>line %1, %2</source>
        <translation>línea %1, %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>[withdrawn: %1]</source>
        <translation>[retirado: %1]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>opening %1</source>
        <translation>abriendo %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Cannot create a temporary folder to open the file in.</source>
        <translation>No se puede crear una carpeta temporal donde abrir el archivo.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Evidence %1 is not opened: %2.</source>
        <translation>El medio de verificación %1 no se abre: %2.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>wrote evidence %1 to %2</source>
        <translation>medio de verificación %1 guardado en %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Adds, lists, opens or withdraws the evidence of an activity's update or of a line's quarter (CODE line:N with --quarter). Files up to %1 MiB are kept inside the tracker with their SHA-256 and type; larger documents are linked. Evidence is never deleted: a wrong one is withdrawn with a reason.</source>
        <translation>Agrega, lista, abre o retira los medios de verificación de una actualización de una actividad o del trimestre de una línea (CODE line:N con --quarter). Los archivos de hasta %1 MiB se guardan dentro del archivo de seguimiento con su SHA-256 y su tipo; los documentos más grandes se enlazan. Los medios de verificación nunca se eliminan: uno equivocado se retira indicando el motivo.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>activity code, or line:N</source>
        <translation>código de actividad, o line:N</translation>
    </message>
    <message>
        <location line="+2" />
        <source>add FILE, link URL, list, open ID or withdraw ID</source>
        <translation>add ARCHIVO, link URL, list, open ID o withdraw ID</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the update (default: the latest in force)</source>
        <translation>la actualización (por omisión: la última vigente)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a line's quarter, e.g. 2026-Q2</source>
        <translation>el trimestre de una línea, p. ej., 2026-Q2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>withdraw: why</source>
        <translation>withdraw: el motivo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>open: save the file here instead</source>
        <translation>open: guardar el archivo aquí en lugar de abrirlo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>list as JSON</source>
        <translation>listar en JSON</translation>
    </message>
    <message>
        <location line="+12" />
        <source>evidence: use add FILE, link URL, list, open ID or withdraw ID --reason TEXT</source>
        <translation>evidence: use add ARCHIVO, link URL, list, open ID o withdraw ID --reason TEXT</translation>
    </message>
    <message>
        <location line="+32" />
        <source>withdrew evidence %1</source>
        <translation>medio de verificación %1 retirado</translation>
    </message>
    <message>
        <location filename="../../src/files/input_file.cpp" line="+78" />
        <source>evidence</source>
        <translation>un medio de verificación</translation>
    </message>
    <message>
        <location filename="../../src/cli/command_evidence.cpp" line="+15" />
        <source>evidence: unknown action '%1'</source>
        <translation>evidence: acción desconocida '%1'</translation>
    </message>
    <message>
        <location line="+3" />
        <source>added evidence %1: %2</source>
        <translation>medio de verificación %1 agregado: %2</translation>
    </message>
    <message>
        <location filename="../../src/core/quarter.cpp" line="+11" />
        <source>Invalid quarter %1-Q%2: the year must have four digits and the quarter be 1 to 4.</source>
        <translation>Trimestre no válido %1-Q%2: el año debe tener cuatro dígitos y el trimestre debe ser de 1 a 4.</translation>
    </message>
    <message>
        <location filename="../../src/report/report_model.cpp" line="+146" />
        <location filename="../../src/report/report_text.cpp" line="+368" />
        <source>Unknown report language "%1": use es or en.</source>
        <translation>Idioma del informe desconocido «%1»: use es o en.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Unknown line of action %1.</source>
        <translation>Línea de acción desconocida: %1.</translation>
    </message>
    <message>
        <location filename="../../src/report/xlsx_sheet.cpp" line="+164" />
        <source>Could not create the worksheet "%1".</source>
        <translation>No se pudo crear la hoja «%1».</translation>
    </message>
    <message>
        <location filename="../../src/report/xlsx_writer.cpp" line="+276" />
        <source>Could not create a temporary folder for the spreadsheet: %1.</source>
        <translation>No se pudo crear una carpeta temporal para la hoja de cálculo: %1.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Could not create the spreadsheet.</source>
        <translation>No se pudo crear la hoja de cálculo.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Could not read the spreadsheet back: %1.</source>
        <translation>No se pudo volver a leer la hoja de cálculo: %1.</translation>
    </message>
    <message>
        <location filename="../../src/storage/content_validation.cpp" line="+21" />
        <source>Assignment: unknown activity %1.</source>
        <translation>Asignación: actividad desconocida %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Assignment of %1: unknown actor %2.</source>
        <translation>Asignación de %1: entidad desconocida %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Activity %1: actor %2 is assigned twice.</source>
        <translation>Actividad %1: la entidad %2 está asignada dos veces.</translation>
    </message>
    <message>
        <location line="+8" />
        <location filename="../../src/storage/sqlite_persistence_check.cpp" line="+55" />
        <source>Activity %1 has more than one lead actor.</source>
        <translation>La actividad %1 tiene más de una entidad responsable.</translation>
    </message>
    <message>
        <location filename="../../src/storage/audit_check_text.cpp" line="+48" />
        <location filename="../../src/storage/content_validation.cpp" line="+14" />
        <source>Update %1</source>
        <translation>Actualización %1</translation>
    </message>
    <message>
        <location filename="../../src/storage/content_validation.cpp" line="+3" />
        <source>%1: the id must be a unique number greater than 0.</source>
        <translation>%1: el id debe ser un número único mayor que 0.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: unknown activity %2.</source>
        <translation>%1: actividad desconocida %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 (%2): the effective date and the recording time must be real dates.</source>
        <translation>%1 (%2): la fecha efectiva y la fecha de registro deben ser fechas reales.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 (%2): it was recorded in the future (%3).</source>
        <translation>%1 (%2): se registró en el futuro (%3).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 (%2): the effective date %3 is after the day it was recorded (%4).</source>
        <translation>%1 (%2): la fecha efectiva %3 es posterior al día en que se registró (%4).</translation>
    </message>
    <message>
        <location line="-12" />
        <location line="+3" />
        <location line="+15" />
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Withdrawal %1: the id must be a unique number greater than 0.</source>
        <translation>Retiro %1: el id debe ser un número único mayor que 0.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Withdrawal %1: unknown update %2.</source>
        <translation>Retiro %1: actualización desconocida %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Withdrawal %1: the recording time is not a real time.</source>
        <translation>Retiro %1: la hora de registro no es una hora real.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Update %1 is withdrawn twice without being restored.</source>
        <translation>La actualización %1 se retira dos veces sin haber sido restablecida.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Update %1 is restored without having been withdrawn.</source>
        <translation>La actualización %1 se restablece sin haber sido retirada.</translation>
    </message>
    <message>
        <location filename="../../src/storage/content_writer.cpp" line="+96" />
        <source>Schema version %1 cannot hold withdrawn updates.</source>
        <translation>La versión de esquema %1 no admite actualizaciones retiradas.</translation>
    </message>
    <message>
        <location filename="../../src/storage/settings_values.cpp" line="+15" />
        <source>Unknown setting "%1".</source>
        <translation>Parámetro desconocido «%1».</translation>
    </message>
    <message>
        <location filename="../../src/files/temporary_file.cpp" line="+81" />
        <source>Cannot create a file beside %1.</source>
        <translation>No se puede crear un archivo junto a %1.</translation>
    </message>
    <message>
        <location filename="../../src/storage/sqlite_store.cpp" line="+116" />
        <source>The tracker file %1 does not exist.</source>
        <translation>El archivo de seguimiento %1 no existe.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1 is not a PML tracker (it is not an SQLite database).</source>
        <translation>%1 no es un archivo de seguimiento PML (no es una base de datos SQLite).</translation>
    </message>
    <message>
        <location line="-84" />
        <source>%1 cannot be opened: %2. It was changed outside the program; nothing was changed. Restore it from a backup copy.</source>
        <translation>No se puede abrir %1: %2. Se modificó fuera del programa; no se cambió nada. Restáurelo desde una copia de respaldo.</translation>
    </message>
    <message>
        <location filename="../../src/storage/consistent_copy.cpp" line="+19" />
        <source>%1 could not be copied to %2. %3</source>
        <translation>No se pudo copiar %1 en %2. %3</translation>
    </message>
    <message>
        <location filename="../../src/storage/sqlite_store.cpp" line="+70" />
        <source>You are not allowed to read %1: ask whoever manages the file or its folder for access.</source>
        <translation>No tiene permiso para leer %1: pida acceso a quien administra el archivo o su carpeta.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 cannot be read: the system refused to open it.</source>
        <translation>No se puede leer %1: el sistema no permitió abrirlo.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is empty (0 bytes): it is not a PML tracker.</source>
        <translation>%1 está vacío (0 bytes): no es un archivo de seguimiento PML.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 is an SQLite database but not a PML tracker (it has no tracker schema version).</source>
        <translation>%1 es una base de datos SQLite, pero no un archivo de seguimiento PML (no tiene versión de esquema de seguimiento).</translation>
    </message>
    <message>
        <location line="+26" />
        <source>%1 has schema version %2, newer than the version %3 this program knows; use a newer version of the program.</source>
        <translation>%1 tiene la versión de esquema %2, más reciente que la versión %3 que conoce este programa; use una versión más reciente del programa.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cannot write %1 (or its folder): open it read-only to consult it.</source>
        <translation>No se puede escribir %1 (o su carpeta): ábralo en solo lectura para consultarlo.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 has schema version %2 and must be upgraded to version %3 before it can be read; open it once for writing.</source>
        <translation>%1 tiene la versión de esquema %2 y debe actualizarse a la versión %3 antes de poder leerlo; ábralo una vez con permiso de escritura.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1 already exists; a new tracker is never written over a file.</source>
        <translation>%1 ya existe; un archivo de seguimiento nuevo nunca sobrescribe un archivo.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cannot create %1: its folder does not exist.</source>
        <translation>No se puede crear %1: su carpeta no existe.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cannot list the person: %1.</source>
        <translation>No se puede incluir a la persona en el archivo de seguimiento: %1.</translation>
    </message>
    <message>
        <location filename="../../src/files/temporary_file.cpp" line="+31" />
        <source>Cannot create %1: the name is taken.</source>
        <translation>No se puede crear %1: el nombre ya está en uso.</translation>
    </message>
    <message>
        <location filename="../../src/storage/store_rules.cpp" line="+27" />
        <source>%1 is open read-only: nothing can be changed.</source>
        <translation>%1 está abierto en solo lectura: no se puede cambiar nada.</translation>
    </message>
    <message>
        <location filename="../../src/storage/sqlite_persistence_check.cpp" line="-27" />
        <location filename="../../src/storage/strategy_validation.cpp" line="-33" />
        <source>Activity %1 serves no objective.</source>
        <translation>La actividad %1 no contribuye a ningún objetivo.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Activity %1 serves objective %2 of another barrier group.</source>
        <translation>La actividad %1 contribuye al objetivo %2 de otro grupo de barreras.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Line %1: barrier "%2" is in no barrier group.</source>
        <translation>Línea %1: la barrera «%2» no está en ningún grupo de barreras.</translation>
    </message>
    <message>
        <location filename="../../src/storage/store_rules_check.cpp" line="+26" />
        <source>Update %1 (%2): %3</source>
        <translation>Actualización %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Update %1 (%2): the effective date %3 is after the day it was recorded.</source>
        <translation>Actualización %1 (%2): la fecha efectiva %3 es posterior al día en que se registró.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Withdrawal %1 refers to the missing update %2.</source>
        <translation>El retiro %1 se refiere a la actualización inexistente %2.</translation>
    </message>
    <message>
        <location line="+59" />
        <source>The strategy document's title, introduction or reference was changed outside the program.</source>
        <translation>El título, la introducción o la referencia del documento de la estrategia se cambiaron fuera del programa.</translation>
    </message>
    <message>
        <location filename="../../src/storage/sqlite_persistence_check.cpp" line="+21" />
        <source>The schema version is %1, expected %2.</source>
        <translation>La versión de esquema es %1; se esperaba %2.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Settings: %1</source>
        <translation>Parámetros: %1</translation>
    </message>
    <message>
        <location filename="../../src/storage/update_rows.cpp" line="+10" />
        <source>The tracker is damaged: %1</source>
        <translation>El archivo de seguimiento está dañado: %1</translation>
    </message>
    <message>
        <location line="+29" />
        <source>update %1 has an unknown status "%2".</source>
        <translation>la actualización %1 tiene un estado desconocido «%2».</translation>
    </message>
    <message>
        <location filename="../../src/storage/sqlite_persistence_reads.cpp" line="+61" />
        <source>the reference text is unreadable.</source>
        <translation>el texto de referencia es ilegible.</translation>
    </message>
    <message>
        <location line="+93" />
        <source>activity %1 has an unknown horizon.</source>
        <translation>la actividad %1 tiene un horizonte desconocido.</translation>
    </message>
    <message>
        <location filename="../../src/storage/update_rows.cpp" line="+55" />
        <source>update %1 has an impossible effective date.</source>
        <translation>la actualización %1 tiene una fecha efectiva imposible.</translation>
    </message>
    <message>
        <location filename="../../src/storage/strategy_json.cpp" line="+27" />
        <source>%1: unknown actor group "%2" (expected sector, business_association or other).</source>
        <translation>%1: grupo de entidad desconocido «%2» (se esperaba sector, business_association o other).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1: unknown horizon "%2" (expected C, M, L or ML).</source>
        <translation>%1: horizonte desconocido «%2» (se esperaba C, M, L o ML).</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1: expected a whole number.</source>
        <translation>%1: se esperaba un número entero.</translation>
    </message>
    <message>
        <location line="+80" />
        <source>%1: principle numbers must be 1, 2, 3… in order (expected %2).</source>
        <translation>%1: los números de principio deben ser 1, 2, 3… en orden (se esperaba %2).</translation>
    </message>
    <message>
        <location line="+33" />
        <source>%1: this is not a strategy file (format is "%2", expected "pml-strategy").</source>
        <translation>%1: no es un archivo de estrategia (el formato es «%2»; se esperaba «pml-strategy»).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: strategy format version %2 is not supported (expected 1).</source>
        <translation>%1: la versión %2 del formato de estrategia no es compatible (se esperaba 1).</translation>
    </message>
    <message>
        <location line="+37" />
        <source>The bundled strategy is missing from this program (resource %1).</source>
        <translation>Falta la estrategia incluida en este programa (recurso %1).</translation>
    </message>
    <message>
        <location filename="../../src/storage/strategy_validation.cpp" line="-133" />
        <source>The strategy has no title.</source>
        <translation>La estrategia no tiene título.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The strategy has no lines of action.</source>
        <translation>La estrategia no tiene líneas de acción.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Line %1: line numbers must be 1, 2, 3… in order (expected %2).</source>
        <translation>Línea %1: los números de línea deben ser 1, 2, 3… en orden (se esperaba %2).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Line %1: the name and the heading must not be empty.</source>
        <translation>Línea %1: el nombre y el encabezado no deben estar vacíos.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Line %1: a barrier is empty.</source>
        <translation>Línea %1: hay una barrera vacía.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Line %1: barrier "%2" is listed twice.</source>
        <translation>Línea %1: la barrera «%2» figura dos veces.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Barrier group "%1": the code must look like "3.2".</source>
        <translation>Grupo de barreras «%1»: el código debe tener la forma «3.2».</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Barrier group %1: line %2 does not exist.</source>
        <translation>Grupo de barreras %1: la línea %2 no existe.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Barrier group %1: code does not match its position (expected %2).</source>
        <translation>Grupo de barreras %1: el código no corresponde a su posición (se esperaba %2).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Barrier group %1 appears twice.</source>
        <translation>El grupo de barreras %1 figura dos veces.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Barrier group %1: the source code and the heading must not be empty.</source>
        <translation>Grupo de barreras %1: el código de origen y el encabezado no deben estar vacíos.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Barrier group %1 covers no barrier.</source>
        <translation>El grupo de barreras %1 no abarca ninguna barrera.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Barrier group %1: barrier "%2" is not a barrier of line %3.</source>
        <translation>Grupo de barreras %1: «%2» no es una barrera de la línea %3.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Line %1: barrier "%2" must be in exactly one barrier group, it is in %3 (%4).</source>
        <translation>Línea %1: la barrera «%2» debe estar en un solo grupo de barreras y está en %3 (%4).</translation>
    </message>
    <message>
        <location filename="../../src/cli/command_set.cpp" line="+14" />
        <source>unknown actor '%1'; give an actor's name or short name</source>
        <translation>entidad desconocida '%1'; indique el nombre o la sigla de una entidad</translation>
    </message>
    <message>
        <location line="+34" />
        <source>%1: weight %2, planned %3 to %4%5, lead %6, support %7</source>
        <translation>%1: peso %2, programado del %3 al %4%5, responsable %6, apoyo %7</translation>
    </message>
    <message>
        <location line="+4" />
        <source> (override)</source>
        <translation> (fijado)</translation>
    </message>
    <message>
        <location line="+1" />
        <source> (horizon)</source>
        <translation> (según horizonte)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <location filename="../../src/storage/strategy_validation.cpp" line="+5" />
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Changes an activity's planning (weight, planned window) and responsible actors. Options not given keep their current value. To clear: '--start none' or '--end none' returns to the horizon's default date, '--lead none' removes the lead, '--support none' removes all supporting actors. Actors are given by name or short name (case-insensitive), e.g. --lead SNI.</source>
        <translation>Cambia la programación (peso, periodo programado) y las entidades responsables de una actividad. Las opciones no indicadas conservan su valor actual. Para borrar: '--start none' o '--end none' vuelve a la fecha según el horizonte, '--lead none' quita la entidad responsable, '--support none' quita todas las entidades de apoyo. Las entidades se indican por nombre o sigla (sin distinguir mayúsculas), p. ej., --lead SNI.</translation>
    </message>
    <message>
        <location line="+7" />
        <location filename="../../src/cli/command_update.cpp" line="+16" />
        <source>activity code, e.g. 14.C1</source>
        <translation>código de actividad, p. ej., 14.C1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>weight in roll-ups, from 0.001 to 1000</source>
        <translation>peso en los cálculos agregados, de 0,001 a 1000</translation>
    </message>
    <message>
        <location line="+3" />
        <source>planned start date, or none</source>
        <translation>fecha de inicio programado, o none</translation>
    </message>
    <message>
        <location line="+3" />
        <source>planned end date, or none</source>
        <translation>fecha de fin programado, o none</translation>
    </message>
    <message>
        <location line="+2" />
        <source>lead actor, or none</source>
        <translation>entidad responsable, o none</translation>
    </message>
    <message>
        <location line="+4" />
        <source>supporting actor (repeat for several; replaces the current ones), or none</source>
        <translation>entidad de apoyo (repita la opción para varias; reemplaza a las actuales), o none</translation>
    </message>
    <message>
        <location line="-39" />
        <source>--support none cannot be combined with actors</source>
        <translation>--support none no se puede combinar con entidades</translation>
    </message>
    <message>
        <location line="+4" />
        <source>'%1' is already the lead of %2</source>
        <translation>'%1' ya es la entidad responsable de %2</translation>
    </message>
    <message>
        <location line="+90" />
        <source>pml-tracker-cli: nothing to change; current values:</source>
        <translation>pml-tracker-cli: nada que cambiar; valores actuales:</translation>
    </message>
    <message>
        <location filename="../../src/storage/strategy_validation.cpp" line="+12" />
        <source>Objective %1 appears twice.</source>
        <translation>El objetivo %1 figura dos veces.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Objective %1: barrier group %2 does not exist.</source>
        <translation>Objetivo %1: el grupo de barreras %2 no existe.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Objective %1 has no text.</source>
        <translation>El objetivo %1 no tiene texto.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Objective numbers must be exactly 1 to %1: objective %2 is missing.</source>
        <translation>Los números de objetivo deben ser exactamente de 1 a %1: falta el objetivo %2.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Activity "%1": the code must look like "6.C7" or "1.ML2".</source>
        <translation>Actividad «%1»: el código debe tener la forma «6.C7» o «1.ML2».</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Activity %1 has no text.</source>
        <translation>La actividad %1 no tiene texto.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Activity %1: barrier group %2 does not exist.</source>
        <translation>Actividad %1: el grupo de barreras %2 no existe.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Activity %1: objective %2 is not an objective of its barrier group %3.</source>
        <translation>Actividad %1: el objetivo %2 no es un objetivo de su grupo de barreras %3.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Activity %1 lists objective %2 twice.</source>
        <translation>La actividad %1 indica dos veces el objetivo %2.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Activity %1: code does not match its position (expected %2).</source>
        <translation>Actividad %1: el código no corresponde a su posición (se esperaba %2).</translation>
    </message>
    <message>
        <location filename="../../src/storage/store_rules_updates.cpp" line="+14" />
        <source>Unknown activity code "%1".</source>
        <translation>Código de actividad desconocido «%1».</translation>
    </message>
    <message>
        <location filename="../../src/core/permissions.cpp" line="+38" />
        <source>record updates</source>
        <translation>registrar actualizaciones</translation>
    </message>
    <message>
        <location filename="../../src/storage/store_rules_updates.cpp" line="+19" />
        <location line="+3" />
        <location line="+8" />
        <source>Activity %1: %2</source>
        <translation>Actividad %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/storage/sqlite_persistence_evidence_reads.cpp" line="+58" />
        <location filename="../../src/storage/store_rules_evidence.cpp" line="+98" />
        <source>There is no evidence %1 in this tracker.</source>
        <translation>No existe el medio de verificación %1 en este archivo de seguimiento.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Evidence %1 is a link, not a file: %2</source>
        <translation>El medio de verificación %1 es un enlace, no un archivo: %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The file of evidence %1 (%2) is missing or was changed outside the program: its SHA-256 no longer matches.</source>
        <translation>Falta el archivo del medio de verificación %1 (%2) o se modificó fuera del programa: su SHA-256 ya no coincide.</translation>
    </message>
    <message>
        <location filename="../../src/storage/store_rules.cpp" line="+49" />
        <source>Unknown update %1.</source>
        <translation>Actualización desconocida: %1.</translation>
    </message>
    <message>
        <location line="+14" />
        <location filename="../../src/storage/store_rules_review.cpp" line="+36" />
        <source>There is no line of action %1.</source>
        <translation>No existe la línea de acción %1.</translation>
    </message>
    <message>
        <location filename="../../src/core/evidence.cpp" line="+145" />
        <source>Line %1, %2 is %3: the evidence of its narrative can change only while the quarter is open or returned.</source>
        <translation>Línea %1, %2: el trimestre está %3; los medios de verificación de su informe narrativo solo pueden cambiar mientras el trimestre está abierto o devuelto.</translation>
    </message>
    <message>
        <location filename="../../src/storage/store_rules_evidence.cpp" line="-75" />
        <source>Evidence supports either an update or a line's quarter.</source>
        <translation>Un medio de verificación corresponde a una actualización o al trimestre de una línea, no a ambos.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cannot add the link: %1.</source>
        <translation>No se puede agregar el enlace: %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cannot add the file: %1.</source>
        <translation>No se puede agregar el archivo: %1.</translation>
    </message>
    <message>
        <location filename="../../src/core/permissions.cpp" line="+18" />
        <source>add evidence</source>
        <translation>agregar medios de verificación</translation>
    </message>
    <message>
        <location filename="../../src/storage/store_rules_evidence.cpp" line="+57" />
        <source>Withdrawing evidence needs a reason.</source>
        <translation>Para retirar un medio de verificación se necesita un motivo.</translation>
    </message>
    <message>
        <location filename="../../src/core/permissions.cpp" line="+2" />
        <source>withdraw evidence</source>
        <translation>retirar medios de verificación</translation>
    </message>
    <message>
        <location filename="../../src/storage/store_rules_evidence.cpp" line="+13" />
        <source>Evidence %1 is already withdrawn.</source>
        <translation>El medio de verificación %1 ya está retirado.</translation>
    </message>
    <message>
        <location filename="../../src/core/permissions.cpp" line="-18" />
        <source>withdraw updates</source>
        <translation>retirar actualizaciones</translation>
    </message>
    <message>
        <location line="+2" />
        <source>restore updates</source>
        <translation>restablecer actualizaciones</translation>
    </message>
    <message>
        <location line="+97" />
        <source>This tracker is open read-only: nothing can be changed.</source>
        <translation>Este archivo de seguimiento está abierto en solo lectura: no se puede cambiar nada.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Changes can only be made when viewing today (the view shows %1).</source>
        <translation>Solo se pueden hacer cambios cuando se consulta la fecha de hoy (la vista muestra el %1).</translation>
    </message>
    <message>
        <location filename="../../src/storage/store_rules_updates.cpp" line="+34" />
        <source>Update %1 is already withdrawn.</source>
        <translation>La actualización %1 ya está retirada.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Update %1 is not withdrawn, so it cannot be restored.</source>
        <translation>La actualización %1 no está retirada; por eso no se puede restablecer.</translation>
    </message>
    <message>
        <location filename="../../src/core/permissions.cpp" line="-108" />
        <source>change planning</source>
        <translation>cambiar la programación</translation>
    </message>
    <message>
        <location line="+2" />
        <source>change responsibility</source>
        <translation>cambiar las entidades responsables</translation>
    </message>
    <message>
        <location filename="../../src/storage/store_rules_structure.cpp" line="+15" />
        <location filename="../../src/storage/strategy_validation.cpp" line="+4" />
        <source>Activity %1: %2.</source>
        <translation>Actividad %1: %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../../src/storage/strategy_validation.cpp" line="+4" />
        <source>Activity %1: a planned date is not a real date.</source>
        <translation>Actividad %1: una fecha programada no es una fecha real.</translation>
    </message>
    <message>
        <location line="+82" />
        <source>Activity %1: unknown actor %2.</source>
        <translation>Actividad %1: entidad desconocida %2.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Activity %1: actor %2 cannot be both the lead and a supporting actor.</source>
        <translation>Actividad %1: la entidad %2 no puede ser a la vez responsable y apoyo.</translation>
    </message>
    <message>
        <location filename="../../src/core/permissions.cpp" line="+6" />
        <source>change settings</source>
        <translation>cambiar los parámetros</translation>
    </message>
    <message>
        <location filename="../../src/storage/store_rules_actors.cpp" line="+12" />
        <source>An actor needs a name.</source>
        <translation>Una entidad necesita un nombre.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Actor "%1": names must not start or end with spaces.</source>
        <translation>Entidad «%1»: los nombres no deben empezar ni terminar con espacios.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The name "%1" is already used by the actor "%2".</source>
        <translation>El nombre «%1» ya lo usa la entidad «%2».</translation>
    </message>
    <message>
        <location filename="../../src/core/permissions.cpp" line="-4" />
        <source>add actors</source>
        <translation>agregar entidades</translation>
    </message>
    <message>
        <location filename="../../src/storage/store_rules_actors.cpp" line="+32" />
        <source>Unknown actor %1.</source>
        <translation>Entidad desconocida: %1.</translation>
    </message>
    <message>
        <location filename="../../src/core/permissions.cpp" line="+2" />
        <source>change actors</source>
        <translation>cambiar entidades</translation>
    </message>
    <message>
        <location filename="../../src/storage/strategy_validation.cpp" line="+15" />
        <source>Activity %1 appears twice.</source>
        <translation>La actividad %1 figura dos veces.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Actor "%1": the id %2 is not a unique number greater than 0.</source>
        <translation>Entidad «%1»: el id %2 no es un número único mayor que 0.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Actor %1 has no name.</source>
        <translation>La entidad %1 no tiene nombre.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Actor "%1": the name "%2" is already used by "%3".</source>
        <translation>Entidad «%1»: el nombre «%2» ya lo usa «%3».</translation>
    </message>
    <message>
        <location filename="../../src/storage/tracker_json.cpp" line="+27" />
        <source>%1: unknown value "%2" (expected %3).</source>
        <translation>%1: valor desconocido «%2» (se esperaba %3).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1: expected a string.</source>
        <translation>%1: se esperaba una cadena de texto.</translation>
    </message>
    <message>
        <location filename="../../src/core/audit_values.cpp" line="+92" />
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>link</source>
        <translation>enlace</translation>
    </message>
    <message>
        <location line="+17" />
        <source>an image of %1</source>
        <translation>una imagen de %1</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+54" />
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="-54" />
        <location line="+54" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+13" />
        <location filename="../../src/storage/json_support.cpp" line="+166" />
        <location line="+33" />
        <location filename="../../src/storage/tracker_json.cpp" line="+8" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/storage/tracker_json.cpp" line="+37" />
        <source>%1.percent: %2 is not a percent from 0 to 100.</source>
        <translation>%1.percent: %2 no es un porcentaje de 0 a 100.</translation>
    </message>
    <message>
        <location line="+85" />
        <source>This is not a tracker export (format is "%1", expected "pml-tracker").</source>
        <translation>Esto no es una exportación de un archivo de seguimiento (el formato es «%1»; se esperaba «pml-tracker»).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Tracker export format version %1 is not supported (expected 1).</source>
        <translation>La versión %1 del formato de exportación no es compatible (se esperaba 1).</translation>
    </message>
    <message>
        <location filename="../../src/cli/cli_support.cpp" line="+44" />
        <source>show this help</source>
        <translation>muestra esta ayuda</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: %2 (see 'pml-tracker-cli %1 --help')</source>
        <translation>%1: %2 (vea 'pml-tracker-cli %1 --help')</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1: missing argument (see 'pml-tracker-cli %1 --help')</source>
        <translation>%1: falta un argumento (vea 'pml-tracker-cli %1 --help')</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: unexpected argument '%2' (see 'pml-tracker-cli %1 --help')</source>
        <translation>%1: argumento inesperado '%2' (vea 'pml-tracker-cli %1 --help')</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: '%2' is not a date; expected YYYY-MM-DD</source>
        <translation>%1: '%2' no es una fecha; se esperaba AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: %2 is not a real calendar date</source>
        <translation>%1: %2 no es una fecha real del calendario</translation>
    </message>
    <message>
        <location line="+15" />
        <location filename="../../src/cli/command_generate.cpp" line="+22" />
        <source>%1: '%2' is not a whole number</source>
        <translation>%1: '%2' no es un número entero</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: '%2' is not a number</source>
        <translation>%1: '%2' no es un número</translation>
    </message>
    <message>
        <location line="+12" />
        <source>pml-tracker-cli: warning: %1 was changed outside the program; nothing can be changed in it until it is examined with "pml-tracker-cli check":</source>
        <translation>pml-tracker-cli: advertencia: %1 se cambió fuera del programa; no se puede cambiar nada en él hasta que se examine con «pml-tracker-cli check»:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>no tracker file '%1'</source>
        <translation>no existe el archivo de seguimiento '%1'</translation>
    </message>
    <message>
        <location line="+23" />
        <source>act as this person, listed in the tracker (default: the system user name)</source>
        <translation>actuar como esta persona, que figura en el archivo de seguimiento (por omisión: el nombre de usuario del sistema)</translation>
    </message>
    <message>
        <location filename="../../src/cli/command_config.cpp" line="+17" />
        <source>%1 image, %2 bytes</source>
        <translation>imagen %1, %2 bytes</translation>
    </message>
    <message>
        <location line="+21" />
        <source>a logo</source>
        <translation>un logotipo</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Lists the tracker settings (no KEY), prints one (KEY) or changes one (KEY VALUE). Keys: %1. The value of report.logo is a PNG or JPEG file of at most %2 KB, stored in the tracker; "" removes it.</source>
        <translation>Lista los parámetros del seguimiento (sin KEY), muestra uno (KEY) o cambia uno (KEY VALUE). Claves: %1. El valor de report.logo es un archivo PNG o JPEG de %2 KB como máximo, que se guarda en el archivo de seguimiento; "" lo quita.</translation>
    </message>
    <message>
        <location filename="../../src/cli/command_audit.cpp" line="+27" />
        <source>Lists the audit log: every change to the tracker (updates, withdrawals, planning, responsibility, actors, settings, people, review steps and evidence), who made it, when, and the values before and after. Each entry is chained to the one before by its SHA-256; 'check' verifies the chain.</source>
        <translation>Lista el registro de auditoría: cada cambio en el archivo de seguimiento (actualizaciones, retiros, programación, responsables, entidades, parámetros, personas, pasos de revisión y medios de verificación), quién lo hizo, cuándo, y los valores anteriores y posteriores. Cada entrada está encadenada a la anterior por su SHA-256; 'check' verifica la cadena.</translation>
    </message>
    <message>
        <location line="+5" />
        <location filename="../../src/cli/command_bench.cpp" line="+197" />
        <location filename="../../src/cli/command_check.cpp" line="-44" />
        <location filename="../../src/cli/command_config.cpp" line="+6" />
        <location filename="../../src/cli/command_evidence.cpp" line="-78" />
        <location filename="../../src/cli/command_explain.cpp" line="+162" />
        <location filename="../../src/cli/command_history.cpp" line="+35" />
        <location filename="../../src/cli/command_review.cpp" line="+128" />
        <location filename="../../src/cli/command_set.cpp" line="-70" />
        <location filename="../../src/cli/command_show.cpp" line="+100" />
        <location filename="../../src/cli/command_status.cpp" line="+16" />
        <location filename="../../src/cli/command_transfer.cpp" line="-42" />
        <location filename="../../src/cli/command_update.cpp" line="-1" />
        <location filename="../../src/cli/command_users.cpp" line="+50" />
        <source>tracker file</source>
        <translation>archivo de seguimiento</translation>
    </message>
    <message>
        <location line="+2" />
        <source>entries recorded on or after this day (UTC)</source>
        <translation>entradas registradas en este día o después (UTC)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>entries by this person</source>
        <translation>entradas de esta persona</translation>
    </message>
    <message>
        <location line="+3" />
        <source>entries of this kind, e.g. review or update.record</source>
        <translation>entradas de este tipo, p. ej., review o update.record</translation>
    </message>
    <message>
        <location line="+3" />
        <source>entries whose item contains this text</source>
        <translation>entradas cuyo elemento contiene este texto</translation>
    </message>
    <message>
        <location line="+2" />
        <source>print CSV</source>
        <translation>mostrar en CSV</translation>
    </message>
    <message>
        <location filename="../../src/cli/command_config.cpp" line="+1" />
        <source>setting name</source>
        <translation>nombre del parámetro</translation>
    </message>
    <message>
        <location line="+2" />
        <source>new value</source>
        <translation>valor nuevo</translation>
    </message>
    <message>
        <location line="-30" />
        <source>unknown setting '%1'; known settings: %2</source>
        <translation>parámetro desconocido '%1'; parámetros conocidos: %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/command_explain.cpp" line="-133" />
        <source>unknown target '%1'; use an objective number, line:N, group:CODE or strategy</source>
        <translation>destino desconocido '%1'; use un número de objetivo, line:N, group:CÓDIGO o strategy</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Strategy: %1</source>
        <translation>Estrategia: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Barrier group %1: %2</source>
        <translation>Grupo de barreras %1: %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Objective %1: %2</source>
        <translation>Objetivo %1: %2</translation>
    </message>
    <message>
        <location line="+39" />
        <source>As of %1, roll-up mode %2: actual %3, planned %4, schedule %5</source>
        <translation>Al %1, modo de cálculo %2: ejecutado %3, programado %4, semáforo %5</translation>
    </message>
    <message>
        <location line="+6" />
        <source>item</source>
        <translation>elemento</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../../src/storage/audit_check_text.cpp" line="-20" />
        <source>weight</source>
        <translation>peso</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../src/cli/command_show.cpp" line="-54" />
        <source>actual</source>
        <translation>ejec.</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../../src/cli/command_show.cpp" line="+1" />
        <source>planned</source>
        <translation>prog.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>excluded</source>
        <translation>excluido</translation>
    </message>
    <message>
        <location line="+12" />
        <source>actual:  %1</source>
        <translation>ejecutado:  %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>planned: %1</source>
        <translation>programado: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Shows what goes into a figure: each item with its weight, value and whether it is excluded (and why), and the formula with its numbers. TARGET is an objective number (e.g. 14), line:N, group:CODE (e.g. group:3.1) or strategy.</source>
        <translation>Muestra qué compone una cifra: cada elemento con su peso, su valor y si está excluido (y por qué), y la fórmula con sus números. TARGET es un número de objetivo (p. ej., 14), line:N, group:CÓDIGO (p. ej., group:3.1) o strategy.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>what to explain</source>
        <translation>qué explicar</translation>
    </message>
    <message>
        <location filename="../../src/cli/command_bench.cpp" line="-109" />
        <source>bench: no temporary folder to copy the tracker into</source>
        <translation>bench: no hay una carpeta temporal donde copiar el archivo de seguimiento</translation>
    </message>
    <message>
        <location line="+70" />
        <source>%1: %2 activities, %3 updates; as of %4; %5 runs each</source>
        <translation>%1: %2 actividades, %3 actualizaciones; al %4; %5 ejecuciones de cada paso</translation>
    </message>
    <message>
        <location line="+9" />
        <source>median %1 ms (min %2, max %3)</source>
        <translation>mediana %1 ms (mín. %2, máx. %3)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>sustained recording: %1 updates per second</source>
        <translation>registro sostenido: %1 actualizaciones por segundo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>peak memory: %1 MiB after the roll-ups, %2 MiB at the end</source>
        <translation>memoria máxima: %1 MiB tras los cálculos de avance, %2 MiB al final</translation>
    </message>
    <message>
        <location line="+4" />
        <source>strategy figure (activities mode): program %1, SQL baseline %2</source>
        <translation>cifra de la estrategia (promedio por actividades): programa %1, referencia SQL %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>SQL baseline (run it with: sqlite3 TRACKER):</source>
        <translation>Referencia SQL (ejecútela con: sqlite3 ARCHIVO):</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Measures, on the given tracker, opening with the first roll-up, a full roll-up, a plain SQL baseline for the same strategy figure, recording one update (on a temporary copy: the tracker is never written) and each report format. Prints the median, minimum and maximum of each, and the peak memory.</source>
        <translation>Mide, con el archivo de seguimiento indicado, la apertura con el primer cálculo de avance, un cálculo de avance completo, una referencia en SQL simple para la misma cifra de la estrategia, el registro de una actualización (en una copia temporal: el archivo de seguimiento nunca se modifica) y cada formato de informe. Muestra la mediana, el mínimo y el máximo de cada paso, y la memoria máxima.</translation>
    </message>
    <message>
        <location line="+7" />
        <location filename="../../src/cli/command_explain.cpp" line="+2" />
        <location filename="../../src/cli/command_show.cpp" line="+55" />
        <source>date of the figures (default: today)</source>
        <translation>fecha de las cifras (por omisión: hoy)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>runs of each step, 1 to 100 (default 5)</source>
        <translation>ejecuciones de cada paso, de 1 a 100 (por defecto 5)</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../src/cli/command_explain.cpp" line="+2" />
        <location filename="../../src/cli/command_status.cpp" line="+1" />
        <source>print JSON</source>
        <translation>mostrar en JSON</translation>
    </message>
    <message>
        <location line="+13" />
        <source>--runs: %1 is not between 1 and 100</source>
        <translation>--runs: %1 no está entre 1 y 100</translation>
    </message>
    <message>
        <location filename="../../src/cli/command_explain.cpp" line="+20" />
        <source>unknown %1</source>
        <translation>%1 desconocido</translation>
    </message>
    <message>
        <location filename="../../src/cli/command_generate.cpp" line="+10" />
        <source>Builds a synthetic tracker with the given totals, deterministically (same options and today, same file), for load tests. Refuses to overwrite an existing file.</source>
        <translation>Genera un archivo de seguimiento sintético con los totales indicados, de forma determinista (mismas opciones y misma fecha de hoy, mismo archivo), para pruebas de carga. No sobrescribe un archivo existente.</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../../src/cli/command_init.cpp" line="+19" />
        <location filename="../../src/cli/command_transfer.cpp" line="+25" />
        <source>tracker file to create</source>
        <translation>archivo de seguimiento que se creará</translation>
    </message>
    <message>
        <location line="+1" />
        <source>number of lines</source>
        <translation>número de líneas</translation>
    </message>
    <message>
        <location line="+3" />
        <source>number of objectives</source>
        <translation>número de objetivos</translation>
    </message>
    <message>
        <location line="+3" />
        <source>number of activities</source>
        <translation>número de actividades</translation>
    </message>
    <message>
        <location line="+3" />
        <source>number of status updates</source>
        <translation>número de actualizaciones de estado</translation>
    </message>
    <message>
        <location line="+2" />
        <source>random seed</source>
        <translation>semilla aleatoria</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1: %2 is too large</source>
        <translation>%1: %2 es demasiado grande</translation>
    </message>
    <message>
        <location line="+13" />
        <source>--seed: %1 is out of range 0-%2</source>
        <translation>--seed: %1 está fuera del rango 0-%2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>--updates: %1 is below 0</source>
        <translation>--updates: %1 es menor que 0</translation>
    </message>
    <message>
        <location line="+4" />
        <source>'%1' already exists; generate never overwrites a file</source>
        <translation>'%1' ya existe; generate nunca sobrescribe un archivo</translation>
    </message>
    <message>
        <location line="+24" />
        <source>generated %1: %2 lines, %3 objectives, %4 activities, %5 updates in %6 s (%7 s generating, %8 s writing)</source>
        <translation>generado %1: %2 líneas, %3 objetivos, %4 actividades, %5 actualizaciones en %6 s (%7 s de generación, %8 s de escritura)</translation>
    </message>
    <message>
        <location filename="../../src/cli/command_history.cpp" line="-3" />
        <source>Lists every recorded update (of one activity when CODE is given) in recording order, with its effective date, recording time, status, percent, author and note.</source>
        <translation>Lista todas las actualizaciones registradas (de una sola actividad si se indica CODE) en el orden de registro, con su fecha efectiva, fecha y hora de registro, estado, porcentaje, autor y comentario.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>activity code</source>
        <translation>código de actividad</translation>
    </message>
    <message>
        <location line="+2" />
        <source>print a JSON array</source>
        <translation>mostrar un arreglo JSON</translation>
    </message>
    <message>
        <location line="+11" />
        <location filename="../../src/cli/command_set.cpp" line="+43" />
        <source>unknown activity code '%1'</source>
        <translation>código de actividad desconocido '%1'</translation>
    </message>
    <message>
        <location line="+21" />
        <source>[withdrawn]</source>
        <translation>[retirada]</translation>
    </message>
    <message>
        <location line="+8" />
        <source>no updates recorded</source>
        <translation>no hay actualizaciones registradas</translation>
    </message>
    <message>
        <location filename="../../src/cli/command_init.cpp" line="-2" />
        <source>Creates a tracker file from the bundled strategy (or a strategy file). Refuses to overwrite an existing file.</source>
        <translation>Crea un archivo de seguimiento a partir de la estrategia incluida (o de un archivo de estrategia). No sobrescribe un archivo existente.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>start date of the strategy's schedule (default: 1 January of this year)</source>
        <translation>fecha de inicio del cronograma de la estrategia (por omisión: 1 de enero de este año)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>strategy file to use instead of the bundled one</source>
        <translation>archivo de estrategia que se usará en lugar del incluido</translation>
    </message>
    <message>
        <location line="+12" />
        <source>'%1' already exists; init never overwrites a file</source>
        <translation>'%1' ya existe; init nunca sobrescribe un archivo</translation>
    </message>
    <message>
        <location line="+7" />
        <source>a strategy file</source>
        <translation>un archivo de estrategia</translation>
    </message>
    <message>
        <location line="+12" />
        <source>created tracker %1: %2 lines, %3 objectives, %4 activities, %5 actors, start %6</source>
        <translation>archivo de seguimiento creado %1: %2 líneas, %3 objetivos, %4 actividades, %5 entidades, inicio %6</translation>
    </message>
    <message>
        <location filename="../../src/cli/command_show.cpp" line="-59" />
        <source>As of %1, roll-up mode: %2</source>
        <translation>Al %1, modo de cálculo: %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>schedule</source>
        <translation>semáforo</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../../src/storage/audit_check_text.cpp" line="-5" />
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Strategy</source>
        <translation>Estrategia</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Obj. %1 %2</source>
        <translation>Obj. %1 %2</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Prints the progress of the strategy, its lines, barrier groups, objectives and activities as of a date (default: today). Figures are percentages; '—' means no data.</source>
        <translation>Muestra el avance de la estrategia, sus líneas, grupos de barreras, objetivos y actividades a una fecha (por omisión: hoy). Las cifras son porcentajes; '—' significa sin datos.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>print the whole tree as JSON</source>
        <translation>mostrar todo el árbol en JSON</translation>
    </message>
    <message>
        <location line="+3" />
        <source>text output down to: lines, groups, objectives or activities (default)</source>
        <translation>nivel de detalle del texto: lines, groups, objectives o activities (por omisión)</translation>
    </message>
    <message>
        <location line="+21" />
        <source>--depth: unknown level '%1'; use lines, groups, objectives or activities</source>
        <translation>--depth: nivel desconocido '%1'; use lines, groups, objectives o activities</translation>
    </message>
    <message>
        <location filename="../../src/cli/command_update.cpp" line="-5" />
        <source>Records one status update of an activity. Statuses: not_started (percent 0), in_progress (percent 1-99, required), completed (100), suspended (0-99, default: the last percent), cancelled (no percent). The history is append-only: a correction is a new update.</source>
        <translation>Registra una actualización de estado de una actividad. Estados: not_started (porcentaje 0), in_progress (porcentaje 1-99, obligatorio), completed (100), suspended (0-99, por omisión: el último porcentaje), cancelled (sin porcentaje). El historial solo admite agregados: una corrección es una nueva actualización.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>new status</source>
        <translation>nuevo estado</translation>
    </message>
    <message>
        <location line="+3" />
        <source>percent done, a whole number</source>
        <translation>porcentaje de avance, un número entero</translation>
    </message>
    <message>
        <location line="+3" />
        <source>effective date, not after today (default: today)</source>
        <translation>fecha efectiva, no posterior a hoy (por omisión: hoy)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>free text note</source>
        <translation>comentario en texto libre</translation>
    </message>
    <message>
        <location line="+4" />
        <source>who records it, a person listed in the tracker with the monitor role (default: the system user name)</source>
        <translation>quién la registra: una persona que figura en el archivo de seguimiento con el rol de monitor (por omisión: el nombre de usuario del sistema)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>update: --status is required (see 'pml-tracker-cli update --help')</source>
        <translation>update: --status es obligatorio (vea 'pml-tracker-cli update --help')</translation>
    </message>
    <message>
        <location line="+6" />
        <source>unknown status '%1'; use not_started, in_progress, completed, suspended or cancelled</source>
        <translation>estado desconocido '%1'; use not_started, in_progress, completed, suspended o cancelled</translation>
    </message>
    <message>
        <location line="+26" />
        <source>recorded update %1: %2 %3 %4% effective %5</source>
        <translation>actualización %1 registrada: %2 %3 %4% con fecha efectiva %5</translation>
    </message>
    <message>
        <location filename="../../src/storage/json_support.cpp" line="-179" />
        <source>%1: expected %2.</source>
        <translation>%1: se esperaba %2.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>there is a word that is not a JSON value (text goes between double quotes; true, false and null in lower case)</source>
        <translation>hay una palabra que no es un valor JSON (el texto va entre comillas dobles; true, false y null en minúsculas)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a number is written incorrectly</source>
        <translation>un número está mal escrito</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a text in quotes has no closing quotation mark</source>
        <translation>un texto entre comillas no tiene comillas de cierre</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a text in quotes holds a line break or a tab, which must be written as an escape</source>
        <translation>un texto entre comillas contiene un salto de línea o una tabulación, que deben escribirse como secuencia de escape</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+1" />
        <source>the file is not in UTF-8 encoding</source>
        <translation>el archivo no está en codificación UTF-8</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a backslash in a text in quotes starts no valid escape</source>
        <translation>una barra invertida en un texto entre comillas no inicia una secuencia de escape válida</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the file ends before the JSON is complete (a closing bracket or brace may be missing)</source>
        <translation>el archivo termina antes de que el JSON esté completo (puede faltar un corchete o una llave de cierre)</translation>
    </message>
    <message>
        <location line="+19" />
        <source>there is more text after the end of the JSON</source>
        <translation>hay más texto después del final del JSON</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a key between double quotes is missing</source>
        <translation>falta una clave entre comillas dobles</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a colon (:) is missing after a key</source>
        <translation>faltan los dos puntos (:) después de una clave</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a comma or a closing brace (}) is missing</source>
        <translation>falta una coma o una llave de cierre (})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a comma or a closing bracket (]) is missing</source>
        <translation>falta una coma o un corchete de cierre (])</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a value is missing</source>
        <translation>falta un valor</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The document is not valid JSON: %1.</source>
        <translation>El documento no es un JSON válido: %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file %1 is not valid JSON: %2.</source>
        <translation>El archivo %1 no es un JSON válido: %2.</translation>
    </message>
    <message>
        <location line="+70" />
        <source>The key "%1" appears twice in the same object; each key may appear only once.</source>
        <translation>La clave «%1» aparece dos veces en el mismo objeto; cada clave puede aparecer una sola vez.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The document is empty; it holds no JSON.</source>
        <translation>El documento está vacío; no contiene JSON.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file %1 is empty; it holds no JSON.</source>
        <translation>El archivo %1 está vacío; no contiene JSON.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>at line %1, column %2, %3</source>
        <translation>en la línea %1, columna %2, %3</translation>
    </message>
    <message>
        <location line="+7" />
        <source>a number is too large to be represented</source>
        <translation>un número es demasiado grande para representarse</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the text cannot be read as JSON</source>
        <translation>el texto no se puede leer como JSON</translation>
    </message>
    <message>
        <location line="+32" />
        <location line="+12" />
        <source>the document</source>
        <translation>el documento</translation>
    </message>
    <message>
        <location line="-12" />
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1: missing key "%2".</source>
        <translation>%1: falta la clave «%2».</translation>
    </message>
    <message>
        <location line="+10" />
        <source>a string</source>
        <translation>una cadena de texto</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+61" />
        <source>a non-empty string</source>
        <translation>una cadena de texto no vacía</translation>
    </message>
    <message>
        <location line="-49" />
        <source>a non-empty string or null</source>
        <translation>una cadena de texto no vacía o null</translation>
    </message>
    <message>
        <location line="+9" />
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <location line="+9" />
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <location line="+9" />
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <location line="+9" />
        <source>an array</source>
        <translation>una lista (array)</translation>
    </message>
    <message>
        <location line="+60" />
        <source>%1: "%2" is not a real date written YYYY-MM-DD.</source>
        <translation>%1: «%2» no es una fecha real escrita AAAA-MM-DD.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1: "%2" is not a real UTC time written YYYY-MM-DDTHH:MM:SS.mmmZ.</source>
        <translation>%1: «%2» no es una hora UTC real escrita YYYY-MM-DDTHH:MM:SS.mmmZ.</translation>
    </message>
    <message>
        <location filename="../../src/storage/sqlite_dialect.cpp" line="+71" />
        <source>%1 is in use by another program (another PML Tracker window or a pml-tracker-cli command) that has held it for more than %2 seconds. Wait until it finishes, then try again; nothing was changed.</source>
        <translation>%1 está en uso por otro programa (otra ventana de PML Tracker o un comando pml-tracker-cli) que lo retiene desde hace más de %2 segundos. Espere a que termine y vuelva a intentarlo; no se cambió nada.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The disk that holds %1 is full; nothing was changed. Free some space and try again.</source>
        <translation>El disco que contiene %1 está lleno; no se cambió nada. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 cannot be written (the file, its folder or the disk is read-only); nothing was changed. Open it read-only to consult it.</source>
        <translation>No se puede escribir %1 (el archivo, su carpeta o el disco son de solo lectura); no se cambió nada. Ábralo en solo lectura para consultarlo.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 cannot be opened: the file or its folder cannot be read, or a journal cannot be created beside it.</source>
        <translation>No se puede abrir %1: no se puede leer el archivo o su carpeta, o no se puede crear un diario junto a él.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The disk reported an error while reading or writing %1; nothing was changed. If the disk is full, free some space.</source>
        <translation>El disco informó de un error al leer o escribir %1; no se cambió nada. Si el disco está lleno, libere espacio.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is damaged and cannot be read; nothing was changed. Restore it from a backup copy.</source>
        <translation>%1 está dañado y no se puede leer; no se cambió nada. Restáurelo desde una copia de respaldo.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not enough memory to work on %1.</source>
        <translation>No hay memoria suficiente para trabajar con %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 refused a change that breaks one of its rules (its history is append-only); nothing was changed.</source>
        <translation>%1 rechazó un cambio que infringe una de sus reglas (su historial solo admite añadir registros); no se cambió nada.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Unexpected database error (SQLite code %1) on %2; nothing was changed.</source>
        <translation>Error inesperado de la base de datos (código SQLite %1) en %2; no se cambió nada.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>%1 is damaged: it has %2 bytes where its header says %3, as after an interrupted copy. Nothing was changed; restore it from a backup copy.</source>
        <translation>%1 está dañado: tiene %2 bytes donde su encabezado indica %3, como tras una copia interrumpida. No se cambió nada; restáurelo desde una copia de respaldo.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1 has a file %2 beside it that belongs to another database (the tracker does not use one). Nothing was changed. Move %2 to another folder, then open the tracker again.</source>
        <translation>Junto a %1 hay un archivo %2 que pertenece a otra base de datos (el archivo de seguimiento no usa uno). No se cambió nada. Mueva %2 a otra carpeta y vuelva a abrir el archivo de seguimiento.</translation>
    </message>
    <message>
        <location line="+165" />
        <source>The integrity check of %1 could not run: the file is damaged. Restore it from a backup copy.</source>
        <translation>No se pudo ejecutar la verificación de integridad de %1: el archivo está dañado. Restáurelo desde una copia de respaldo.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>%1 is damaged: parts of the file cannot be read as they were written. Restore it from a backup copy.</source>
        <translation>%1 está dañado: partes del archivo no se pueden leer tal como se escribieron. Restáurelo desde una copia de respaldo.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The indexes of %1 no longer match its data (the file was damaged or changed outside the program). Restore it from a backup copy.</source>
        <translation>Los índices de %1 ya no coinciden con sus datos (el archivo se dañó o se modificó fuera del programa). Restáurelo desde una copia de respaldo.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Some rows of %1 break the rules of their tables (the file was changed outside the program). Restore it from a backup copy.</source>
        <translation>Algunas filas de %1 no cumplen las reglas de sus tablas (el archivo se modificó fuera del programa). Restáurelo desde una copia de respaldo.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The foreign key check could not run.</source>
        <translation>No se pudo ejecutar la verificación de claves foráneas.</translation>
    </message>
    <message>
        <location filename="../../src/core/strategy.cpp" line="+137" />
        <source>the weight must be a number from %1 to %2, not %3</source>
        <translation>el peso debe ser un número de %1 a %2, no %3</translation>
    </message>
    <message>
        <location filename="../../src/files/input_file.cpp" line="-39" />
        <source>%1 is not an ordinary file (it is a folder, a pipe or a device); %2 must be a file.</source>
        <translation>%1 no es un archivo común (es una carpeta, una tubería o un dispositivo); %2 debe ser un archivo.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is %2 MB, more than the %3 MB allowed for %4.</source>
        <translation>%1 ocupa %2 MB, más de los %3 MB permitidos para %4.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 is more than the %2 MB allowed for %3.</source>
        <translation>%1 ocupa más de los %2 MB permitidos para %3.</translation>
    </message>
    <message>
        <location filename="../../src/files/output_target.cpp" line="+32" />
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 es una carpeta; elija un nombre de archivo.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is a pipe or socket, not an ordinary file; nothing was written.</source>
        <translation>%1 es una tubería o un socket, no un archivo común; no se escribió nada.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is a device, not an ordinary file; nothing was written.</source>
        <translation>%1 es un dispositivo, no un archivo común; no se escribió nada.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 is a link to a missing file; nothing was written.</source>
        <translation>%1 es un enlace a un archivo que no existe; no se escribió nada.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The folder of %1 does not exist.</source>
        <translation>La carpeta de %1 no existe.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 is the tracker being read (%2); it is never written over.</source>
        <translation>%1 es el archivo de seguimiento que se está leyendo (%2); nunca se sobrescribe.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is a database, perhaps another tracker; it is never written over. Choose another name.</source>
        <translation>%1 es una base de datos, quizá otro archivo de seguimiento; nunca se sobrescribe. Elija otro nombre.</translation>
    </message>
    <message>
        <location filename="../../src/storage/sql_schema.cpp" line="+186" />
        <source>the file says it has schema version %1, but its table %2 (of version %3) is missing</source>
        <translation>el archivo indica la versión de esquema %1, pero falta su tabla %2 (de la versión %3)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the file says it has schema version %1, but it already has the table %2 of version %3</source>
        <translation>el archivo indica la versión de esquema %1, pero ya tiene la tabla %2 de la versión %3</translation>
    </message>
    <message>
        <location filename="../../src/core/rollup.cpp" line="+126" />
        <source>Internal error: figures as of %1 were asked of data loaded for other dates.</source>
        <translation>Error interno: se pidieron cifras al %1 de datos leídos para otras fechas.</translation>
    </message>
    <message>
        <location filename="../../src/cli/command_review.cpp" line="-118" />
        <source>the quarter, e.g. 2026-Q2</source>
        <translation>el trimestre, p. ej., 2026-Q2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the line of action, 1-5</source>
        <translation>la línea de acción, 1-5</translation>
    </message>
    <message>
        <location line="+3" />
        <source>submit: the quarter's achievements</source>
        <translation>submit: los logros del trimestre</translation>
    </message>
    <message>
        <location line="+3" />
        <source>submit: the difficulties met</source>
        <translation>submit: las dificultades encontradas</translation>
    </message>
    <message>
        <location line="+3" />
        <source>submit: the next steps</source>
        <translation>submit: los próximos pasos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>return: what to change</source>
        <translation>return: qué se debe cambiar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>reopen: why</source>
        <translation>reopen: el motivo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>print the states as JSON</source>
        <translation>mostrar los estados en JSON</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Line %1 (%2): %3</source>
        <translation>Línea %1 (%2): trimestre %3</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Review of %1</source>
        <translation>Revisión de %1</translation>
    </message>
    <message>
        <location line="+30" />
        <source>review: unknown action '%1'; use submit, approve, return or reopen</source>
        <translation>review: acción desconocida '%1'; use submit, approve, return o reopen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>review %1: --line is required</source>
        <translation>review %1: --line es obligatorio</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Shows the review state of every line for a quarter, or takes one step of the cycle for a line: submit (monitor, with a narrative), approve, return (with a note) or reopen (with a reason) (reviewer). Approval freezes the line's figures for the quarter; updates effective in it are refused until it is reopened.</source>
        <translation>Muestra el estado de revisión de cada línea en un trimestre, o da un paso del ciclo para una línea: submit (remitir; monitor, con un informe narrativo), approve (aprobar), return (devolver con observaciones) o reopen (reabrir, con un motivo) (revisor). La aprobación congela las cifras de la línea para el trimestre; las actualizaciones con fecha efectiva en él se rechazan hasta que se reabra.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>submit, approve, return or reopen</source>
        <translation>submit, approve, return o reopen</translation>
    </message>
    <message>
        <location line="+9" />
        <source>review: --quarter is required, e.g. --quarter 2026-Q2</source>
        <translation>review: --quarter es obligatorio, p. ej., --quarter 2026-Q2</translation>
    </message>
    <message>
        <location line="+12" />
        <source>line %1, %2: %3 by %4; now %5</source>
        <translation>línea %1, %2: %3 por %4; ahora está %5</translation>
    </message>
    <message>
        <location filename="../../src/cli/command_status.cpp" line="-6" />
        <source>Prints what needs doing, as the window shows it when it opens: the days left in the quarter, activities due but not updated since it began, lines not yet submitted for the quarter just ended, submissions waiting for review and returned quarters. Meant for scripts, such as a daily e-mail from cron.</source>
        <translation>Muestra lo que queda pendiente, tal como lo presenta la ventana al abrirse: los días que quedan del trimestre, las actividades que ya pasaron su inicio programado y no se han actualizado desde que comenzó el trimestre, las líneas que aún no han remitido el trimestre recién terminado, los trimestres remitidos que esperan revisión y los trimestres devueltos. Pensado para scripts, como un correo electrónico diario desde cron.</translation>
    </message>
    <message>
        <location filename="../../src/cli/command_users.cpp" line="-35" />
        <source>--role: unknown role '%1'; use monitor, reviewer or admin</source>
        <translation>--role: rol desconocido '%1'; use monitor, reviewer o admin</translation>
    </message>
    <message>
        <location line="+17" />
        <source>(removed)</source>
        <translation>(dada de baja)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Lists the people of a tracker, adds one with roles (monitor: records updates, planning and narratives, and submits; reviewer: approves, returns and reopens; admin: manages people and settings) or removes one (admin). A removed person stays on the records they made.</source>
        <translation>Lista las personas de un archivo de seguimiento, agrega una con sus roles (monitor: registra actualizaciones, programación e informes narrativos, y remite; reviewer, revisor: aprueba, devuelve y reabre; admin, administrador: gestiona personas y parámetros) o da de baja a una (admin). Una persona dada de baja sigue figurando en los registros que hizo.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>list, add or remove</source>
        <translation>list, add o remove</translation>
    </message>
    <message>
        <location line="+3" />
        <source>add: a role (repeat, or separate with commas)</source>
        <translation>add: un rol (repita la opción o separe los roles con comas)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>users: use 'list', 'add NAME --role ROLE' or 'remove NAME'</source>
        <translation>users: use 'list', 'add NAME --role ROLE' o 'remove NAME'</translation>
    </message>
    <message>
        <location line="+5" />
        <source>users add: --role is required</source>
        <translation>users add: --role es obligatorio</translation>
    </message>
    <message>
        <location line="+5" />
        <source>added %1 as %2</source>
        <translation>se agregó a %1 como %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>removed %1</source>
        <translation>se dio de baja a %1</translation>
    </message>
    <message>
        <location filename="../../src/core/audit.cpp" line="+25" />
        <source>tracker created</source>
        <translation>archivo de seguimiento creado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>audit log started</source>
        <translation>registro de auditoría iniciado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>update recorded</source>
        <translation>actualización registrada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>update withdrawn</source>
        <translation>actualización retirada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>update restored</source>
        <translation>actualización restablecida</translation>
    </message>
    <message>
        <location line="+1" />
        <source>planning changed</source>
        <translation>programación cambiada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>responsibility changed</source>
        <translation>entidades responsables cambiadas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>actor added</source>
        <translation>entidad agregada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>actor changed</source>
        <translation>entidad cambiada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>settings changed</source>
        <translation>parámetros cambiados</translation>
    </message>
    <message>
        <location line="+1" />
        <source>person added</source>
        <translation>persona agregada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>person's roles changed</source>
        <translation>roles de la persona cambiados</translation>
    </message>
    <message>
        <location line="+1" />
        <source>person removed</source>
        <translation>persona dada de baja</translation>
    </message>
    <message>
        <location line="+1" />
        <source>quarter submitted</source>
        <translation>trimestre remitido</translation>
    </message>
    <message>
        <location line="+1" />
        <source>quarter approved</source>
        <translation>trimestre aprobado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>quarter returned</source>
        <translation>trimestre devuelto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>quarter reopened</source>
        <translation>trimestre reabierto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>evidence added</source>
        <translation>medio de verificación agregado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>evidence withdrawn</source>
        <translation>medio de verificación retirado</translation>
    </message>
    <message>
        <location line="+27" />
        <source>its content does not match its hash: it was changed, or entries before it were removed</source>
        <translation>su contenido no coincide con su hash: se modificó, o se eliminaron entradas anteriores a ella</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its content or its link to entry %1 does not match its hash: it or an entry before it was changed, removed or moved</source>
        <translation>su contenido o su enlace con la entrada %1 no coincide con su hash: esta entrada u otra anterior se modificó, se eliminó o se movió</translation>
    </message>
    <message>
        <location filename="../../src/core/evidence.cpp" line="-100" />
        <source>%1 is %2 bytes; evidence files are kept inside the tracker up to %3 bytes (%4 MiB). Put it on a shared site and add a link to it instead.</source>
        <translation>%1 ocupa %2 bytes; los archivos de medios de verificación se guardan dentro del archivo de seguimiento hasta %3 bytes (%4 MiB). Súbalo a un sitio compartido y agregue un enlace a él en su lugar.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 is empty (0 bytes): there is nothing to keep as evidence.</source>
        <translation>%1 está vacío (0 bytes): no hay nada que guardar como medio de verificación.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the link contains a control or text-direction character, which could make it read as another address</source>
        <translation>el enlace contiene un carácter de control o de dirección del texto, que podría hacerlo leer como otra dirección</translation>
    </message>
    <message>
        <location line="+8" />
        <source>"%1" is not a web address: a link must start with http://, https:// or ftp:// and name a site</source>
        <translation>«%1» no es una dirección web: un enlace debe empezar con http://, https:// o ftp:// e indicar un sitio</translation>
    </message>
    <message>
        <location line="+5" />
        <source>"%1" names a user before the site (the part before "@"), which makes it look like another site; give the address without it</source>
        <translation>«%1» nombra un usuario antes del sitio (la parte antes de «@»), lo que lo hace parecer otro sitio; indique la dirección sin esa parte</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the link is longer than 2000 characters</source>
        <translation>el enlace tiene más de 2000 caracteres</translation>
    </message>
    <message>
        <location line="+10" />
        <source>"%1" is not a file name</source>
        <translation>«%1» no es un nombre de archivo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the file name "%1" contains a control or text-direction character</source>
        <translation>el nombre de archivo «%1» contiene un carácter de control o de dirección del texto</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 is a symbolic link to %2; add the file itself, after checking that it is the one meant.</source>
        <translation>%1 es un enlace simbólico a %2; agregue el archivo mismo, tras comprobar que es el que corresponde.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is not an ordinary file (it is a folder, a pipe or a device); evidence must be a file.</source>
        <translation>%1 no es un archivo común (es una carpeta, una tubería o un dispositivo); un medio de verificación debe ser un archivo.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 is not an ordinary file: the system makes its content as it is read, so it cannot be kept as evidence.</source>
        <translation>%1 no es un archivo común: el sistema genera su contenido al leerlo, por lo que no puede guardarse como medio de verificación.</translation>
    </message>
    <message>
        <location filename="../../src/core/reminders.cpp" line="+56" />
        <source>Activity %1 is due and has not been updated since %2 began.</source>
        <translation>La actividad %1 ya pasó su inicio programado y no se ha actualizado desde que comenzó %2.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Line %1 (%2) has not been submitted for %3.</source>
        <translation>La línea %1 (%2) aún no ha remitido %3.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Line %1 (%2), %3: submitted by %4, waiting for review.</source>
        <translation>Línea %1 (%2), %3: remitido por %4, en espera de revisión.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Line %1 (%2), %3: returned by %4: "%5"</source>
        <translation>Línea %1 (%2), %3: devuelto por %4: «%5»</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Line %1 (%2), %3: reopened by %4 ("%5"), waiting to be submitted again.</source>
        <translation>Línea %1 (%2), %3: reabierto por %4 («%5»), a la espera de una nueva remisión.</translation>
    </message>
    <message numerus="yes">
        <location line="+22" />
        <source>%1 ends on %2: %n day(s) left.</source>
        <translation>
            <numerusform>%1 termina el %2: queda %n día.</numerusform>
            <numerusform>%1 termina el %2: quedan %n días.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/core/review.cpp" line="+37" />
        <source>monitor</source>
        <translation>monitor</translation>
    </message>
    <message>
        <location line="+2" />
        <source>reviewer</source>
        <translation>revisor</translation>
    </message>
    <message>
        <location line="+2" />
        <source>admin</source>
        <translation>administrador</translation>
    </message>
    <message>
        <location line="+18" />
        <source>no role</source>
        <translation>sin rol</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 was removed from this tracker's people, so they cannot %2.</source>
        <translation>%1 fue retirada de las personas de este archivo de seguimiento, por lo que no puede %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 was removed from this tracker's people on %2 by %3, so they cannot %4.</source>
        <translation>%1 fue retirada de las personas de este archivo de seguimiento el %2 por %3, por lo que no puede %4.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>"%1" is not among this tracker's people, so they cannot %2.</source>
        <translation>«%1» no figura entre las personas de este archivo de seguimiento, por lo que no puede %2.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 cannot %2: that needs the %3 role, and %1 has not got it.</source>
        <translation>%1 no puede %2: se necesita el rol de %3, y %1 no lo tiene.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>a person needs a name</source>
        <translation>una persona necesita un nombre</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the name "%1" starts or ends with spaces</source>
        <translation>el nombre «%1» empieza o termina con espacios</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the name "%1…" is longer than 80 characters</source>
        <translation>el nombre «%1…» tiene más de 80 caracteres</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the name "%1" contains a control character</source>
        <translation>el nombre «%1» contiene un carácter de control</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Activity %1: %2 falls in %3, which is approved for line %4, so its figures are frozen.</source>
        <translation>Actividad %1: la fecha %2 cae en %3, que está aprobado para la línea %4, por lo que sus cifras están congeladas.</translation>
    </message>
    <message>
        <location filename="../../src/core/review_cycle.cpp" line="+54" />
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+28" />
        <source>submitted</source>
        <translation>remitido</translation>
    </message>
    <message>
        <location line="-26" />
        <location line="+30" />
        <source>returned</source>
        <translation>devuelto</translation>
    </message>
    <message>
        <location line="-28" />
        <location line="+26" />
        <source>approved</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <location line="+4" />
        <source>reopened</source>
        <translation>reabierto</translation>
    </message>
    <message>
        <location filename="../../src/core/permissions.cpp" line="+10" />
        <source>submit a quarter</source>
        <translation>remitir un trimestre</translation>
    </message>
    <message>
        <location line="+2" />
        <source>approve a quarter</source>
        <translation>aprobar un trimestre</translation>
    </message>
    <message>
        <location line="+2" />
        <source>return a quarter</source>
        <translation>devolver un trimestre</translation>
    </message>
    <message>
        <location line="+2" />
        <source>reopen a quarter</source>
        <translation>reabrir un trimestre</translation>
    </message>
    <message>
        <location filename="../../src/core/review_cycle.cpp" line="+23" />
        <source>the quarter is %1, and only %2 quarters can be %3</source>
        <translation>el trimestre está %1, y solo un trimestre %2 puede ser %3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>open or returned</source>
        <translation>abierto o devuelto</translation>
    </message>
    <message>
        <location line="+25" />
        <source>a submission needs a narrative (achievements, difficulties or next steps)</source>
        <translation>para remitir se necesita un informe narrativo (logros, dificultades o próximos pasos)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>returning a quarter needs a note saying what to change</source>
        <translation>para devolver un trimestre se necesita una observación que indique qué cambiar</translation>
    </message>
    <message>
        <location line="+3" />
        <source>reopening a quarter needs a reason</source>
        <translation>para reabrir un trimestre se necesita un motivo</translation>
    </message>
    <message>
        <location filename="../../src/storage/store_rules_reads.cpp" line="+161" />
        <source>No entry of this tracker's audit log has the fingerprint %1: the history the report was computed from has been changed or removed since, or the report comes from another tracker.</source>
        <translation>Ninguna entrada del registro de auditoría de este archivo de seguimiento tiene la huella de integridad %1: el historial con el que se calculó el informe se modificó o se eliminó desde entonces, o el informe proviene de otro archivo de seguimiento.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The report's fingerprint is audit entry %1, but the tracker no longer holds its history unchanged: see the other problems listed.</source>
        <translation>La huella de integridad del informe corresponde a la entrada de auditoría %1, pero el archivo de seguimiento ya no conserva ese historial sin cambios: vea los demás problemas indicados.</translation>
    </message>
    <message>
        <location filename="../../src/storage/audit_check_text.cpp" line="-4" />
        <source>activity</source>
        <translation>actividad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>effective date</source>
        <translation>fecha efectiva</translation>
    </message>
    <message>
        <location line="+1" />
        <source>recording time</source>
        <translation>hora de registro</translation>
    </message>
    <message>
        <location line="+1" />
        <source>recorded by</source>
        <translation>registrado por</translation>
    </message>
    <message>
        <location line="+2" />
        <source>percent</source>
        <translation>porcentaje</translation>
    </message>
    <message>
        <location line="+1" />
        <source>note</source>
        <translation>comentario</translation>
    </message>
    <message>
        <location line="+1" />
        <source>update</source>
        <translation>actualización</translation>
    </message>
    <message>
        <location line="+1" />
        <source>withdrawn</source>
        <translation>retirada</translation>
    </message>
    <message>
        <location line="+2" />
        <source>planned start</source>
        <translation>inicio programado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>planned end</source>
        <translation>fin programado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>roles</source>
        <translation>roles</translation>
    </message>
    <message>
        <location line="+1" />
        <source>listed</source>
        <translation>en la lista</translation>
    </message>
    <message>
        <location line="+1" />
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Withdrawal event %1</source>
        <translation>Evento de retiro %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Review step %1</source>
        <translation>Paso de revisión %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The frozen figures of review step %1</source>
        <translation>Las cifras congeladas del paso de revisión %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Evidence %1</source>
        <translation>Medio de verificación %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Evidence withdrawal %1</source>
        <translation>Retiro de medio de verificación %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The planning (weight and dates) of activity %1</source>
        <translation>La programación (peso y fechas) de la actividad %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The responsible actors of activity %1</source>
        <translation>Las entidades responsables de la actividad %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Actor %1</source>
        <translation>Entidad %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The roles of %1</source>
        <translation>Los roles de %1</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+18" />
        <source>The settings</source>
        <translation>La configuración</translation>
    </message>
    <message>
        <location line="-11" />
        <source>The planning (weight and dates) of one or more activities</source>
        <translation>La programación (peso y fechas) de una o más actividades</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The responsible actors of one or more activities</source>
        <translation>Las entidades responsables de una o más actividades</translation>
    </message>
    <message>
        <location line="+3" />
        <source>One or more actors</source>
        <translation>Una o más entidades</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The roles of one or more people</source>
        <translation>Los roles de una o más personas</translation>
    </message>
    <message>
        <location filename="../../src/storage/store_rules_audit_check.cpp" line="+54" />
        <source>The updates numbered up to %1, kept before the audit log began, were changed, removed or added to outside the program.</source>
        <translation>Fuera del programa se modificaron o eliminaron actualizaciones numeradas hasta %1, guardadas antes del inicio del registro de auditoría, o se agregaron otras en ese rango.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The withdrawal events numbered up to %1, kept before the audit log began, were changed, removed or added to outside the program.</source>
        <translation>Fuera del programa se modificaron o eliminaron eventos de retiro numerados hasta %1, guardados antes del inicio del registro de auditoría, o se agregaron otros en ese rango.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 is not in the audit log: it was added, or its id changed, outside the program.</source>
        <translation>%1: no figura en el registro de auditoría; se agregó, o se cambió su id, fuera del programa.</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+71" />
        <source>%1 differs from what audit entry %2 recorded (%3): it was changed outside the program.</source>
        <translation>%1: difiere de lo que consignó la entrada de auditoría %2 (%3); se modificó fuera del programa.</translation>
    </message>
    <message>
        <location line="-62" />
        <source>%1, recorded in audit entry %2, is missing: it was deleted outside the program.</source>
        <translation>%1: falta, aunque la entrada de auditoría %2 lo consignó; se eliminó fuera del programa.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1: something differs from what the audit log recorded when it began; it was changed outside the program.</source>
        <translation>%1: algo difiere de lo que consignó el registro de auditoría al comenzar; se modificó fuera del programa.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The settings differ from what the audit log recorded when it began: they were changed outside the program.</source>
        <translation>La configuración difiere de lo que consignó el registro de auditoría al comenzar; se modificó fuera del programa.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 differs from what the audit log recorded when it began: it was changed outside the program.</source>
        <translation>%1: difiere de lo que consignó el registro de auditoría al comenzar; se modificó fuera del programa.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The settings differ from what audit entry %1 recorded (%2): they were changed outside the program.</source>
        <translation>La configuración difiere de lo que consignó la entrada de auditoría %1 (%2); se modificó fuera del programa.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The frozen figures of review step %1 were changed outside the program.</source>
        <translation>Las cifras congeladas del paso de revisión %1 se modificaron fuera del programa.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The file of evidence %1 is missing or was changed outside the program.</source>
        <translation>Falta el archivo del medio de verificación %1 o se modificó fuera del programa.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>People cannot be changed: %1</source>
        <translation>No se pueden cambiar las personas: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The audit log has lost its first entry, or all of them: it was changed outside the program.</source>
        <translation>El registro de auditoría perdió su primera entrada, o todas: se modificó fuera del programa.</translation>
    </message>
    <message>
        <location line="+5" />
        <location filename="../../src/storage/store_rules_opening.cpp" line="+52" />
        <source>The audit log is broken at entry %1 (number %2 in order): %3.</source>
        <translation>La cadena de hashes del registro de auditoría está rota en la entrada %1 (la número %2 en orden): %3.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The strategy's structure (lines, groups, objectives or the activities' texts) was changed outside the program.</source>
        <translation>La estructura de la estrategia (líneas, grupos, objetivos o textos de las actividades) se modificó fuera del programa.</translation>
    </message>
    <message>
        <location filename="../../src/storage/store_rules_people.cpp" line="+52" />
        <source>Cannot add the person: %1.</source>
        <translation>No se puede agregar a la persona: %1.</translation>
    </message>
    <message>
        <location filename="../../src/storage/sqlite_store.cpp" line="+3" />
        <location filename="../../src/storage/store_rules_people.cpp" line="-19" />
        <source>%1 needs at least one role: monitor, reviewer or admin.</source>
        <translation>%1 necesita al menos un rol: monitor, revisor o administrador.</translation>
    </message>
    <message>
        <location filename="../../src/core/permissions.cpp" line="-12" />
        <source>manage people</source>
        <translation>gestionar a las personas</translation>
    </message>
    <message>
        <location filename="../../src/storage/store_rules_people.cpp" line="+28" />
        <source>%1 is already listed (as %2).</source>
        <translation>%1 ya figura en la lista (como %2).</translation>
    </message>
    <message>
        <location line="-20" />
        <source>"%1" is not among this tracker's people.</source>
        <translation>«%1» no figura entre las personas de este archivo de seguimiento.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>%1 is the only admin; add another admin before taking the role away, or nobody could manage people any more.</source>
        <translation>%1 es la única persona con el rol de administrador; agregue otro administrador antes de quitarle ese rol, o ya nadie podría gestionar a las personas.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 is the only admin; add another admin before removing them, or nobody could manage people any more.</source>
        <translation>%1 es la única persona con el rol de administrador; agregue otro administrador antes de darla de baja, o ya nadie podría gestionar a las personas.</translation>
    </message>
    <message>
        <location filename="../../src/storage/store_rules_review.cpp" line="-13" />
        <source>The quarter is not valid; write it as 2026-Q2.</source>
        <translation>El trimestre no es válido; escríbalo como 2026-Q2.</translation>
    </message>
    <message>
        <location filename="../../src/core/review_cycle.cpp" line="-21" />
        <source>%1 ends on %2: a quarter is submitted and reviewed once it has ended, so that its figures are final.</source>
        <translation>%1 termina el %2: un trimestre se remite y se revisa una vez terminado, para que sus cifras sean definitivas.</translation>
    </message>
    <message>
        <location filename="../../src/storage/store_rules_review.cpp" line="+19" />
        <source>Line %1, %2: %3.</source>
        <translation>Línea %1, %2: %3.</translation>
    </message>
    <message>
        <location filename="../../src/files/system_error.cpp" line="+80" />
        <source>the file or its folder does not exist</source>
        <translation>el archivo o su carpeta no existe</translation>
    </message>
    <message>
        <location line="+2" />
        <source>you do not have permission to use this file or its folder</source>
        <translation>no tiene permiso para usar este archivo o su carpeta</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>too many files are open; close some programs and try again</source>
        <translation>hay demasiados archivos abiertos; cierre algunos programas e intente de nuevo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the disk reported a read or write error; it or its connection may be failing</source>
        <translation>el disco informó un error de lectura o escritura; el disco o su conexión pueden estar fallando</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the system refused the operation</source>
        <translation>el sistema rechazó la operación</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+8" />
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <location filename="../../src/files/input_file.cpp" line="+32" />
        <location filename="../../src/files/system_error.cpp" line="+6" />
        <location line="+8" />
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <location filename="../../src/report/writer_support.cpp" line="+110" />
        <source>Could not write the report: %1.</source>
        <translation>No se pudo escribir el informe: %1.</translation>
    </message>
    <message>
        <location filename="../../src/report/xlsx_error.cpp" line="+29" />
        <source>there was not enough memory</source>
        <translation>no había memoria suficiente</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the spreadsheet could not be completed (internal error %1)</source>
        <translation>la hoja de cálculo no se pudo completar (error interno %1)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>its temporary files could not be written; the disk may be full</source>
        <translation>no se pudieron escribir sus archivos temporales; el disco puede estar lleno</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Could not write the spreadsheet: %1.</source>
        <translation>No se pudo escribir la hoja de cálculo: %1.</translation>
    </message>
    <message>
        <location filename="../../src/storage/sql_support.cpp" line="+145" />
        <source>%1 is being read as one whole (a report or a command's output): nothing can be changed until it is done.</source>
        <translation>%1 se está leyendo como un todo (un reporte o la salida de un comando): no se puede cambiar nada hasta que termine.</translation>
    </message>
    <message>
        <location filename="../../src/storage/tracker_location.cpp" line="+41" />
        <source>%1 is not a usable server address: %2.</source>
        <translation>%1 no es una dirección de servidor utilizable: %2.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>only the setting sslmode may follow "?"</source>
        <translation>después de «?» solo puede ir el ajuste sslmode</translation>
    </message>
    <message>
        <location line="+3" />
        <source>sslmode must be one of %1</source>
        <translation>sslmode debe ser uno de estos valores: %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>it is not written as postgresql://user@host:port/database</source>
        <translation>no está escrita como postgresql://usuario@servidor:puerto/base_de_datos</translation>
    </message>
    <message>
        <location line="+4" />
        <source>it holds a password; keep passwords in the password file (~/.pgpass) or let the program ask for them</source>
        <translation>contiene una contraseña; guarde las contraseñas en el archivo de contraseñas (~/.pgpass) o deje que el programa las pida</translation>
    </message>
    <message>
        <location line="+4" />
        <source>it names no server</source>
        <translation>no indica ningún servidor</translation>
    </message>
    <message>
        <location line="+4" />
        <source>it names no database (…/database at the end)</source>
        <translation>no indica ninguna base de datos (…/base_de_datos al final)</translation>
    </message>
    <message>
        <location line="+27" />
        <location filename="../../src/storage/tracker_open.cpp" line="+20" />
        <source>No tracker was given: name a file or a server address.</source>
        <translation>No se indicó ningún archivo de seguimiento: indique un archivo o una dirección de servidor.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is neither a file nor a known kind of address: a server is written postgresql://user@host:port/database.</source>
        <translation>%1 no es un archivo ni un tipo de dirección conocido: un servidor se escribe postgresql://usuario@servidor:puerto/base_de_datos.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location filename="../../src/storage/tracker_open.cpp" line="-8" />
        <source>%1 is a database server; this version of the program opens tracker files only.</source>
        <translation>%1 es un servidor de bases de datos; esta versión del programa solo abre archivos de seguimiento.</translation>
    </message>
    <message>
        <location filename="../../src/core/text_limits.cpp" line="+13" />
        <source>The update's note</source>
        <translation>El comentario de la actualización</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The note</source>
        <translation>El comentario</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The narrative's achievements</source>
        <translation>Los logros del informe narrativo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The narrative's difficulties</source>
        <translation>Las dificultades del informe narrativo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The narrative's next steps</source>
        <translation>Los próximos pasos del informe narrativo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The reason for withdrawing the evidence</source>
        <translation>El motivo para retirar el medio de verificación</translation>
    </message>
    <message>
        <location line="+28" />
        <source>%1 has %2 characters; it may have at most %3. Shorten it, or keep the full text as evidence.</source>
        <translation>%1 tiene %2 caracteres; puede tener como máximo %3. Acorte el texto o guárdelo completo como medio de verificación.</translation>
    </message>
    <message>
        <location filename="../../src/storage/chain_witness.cpp" line="+90" />
        <source>%1 was changed outside the program, so nothing can be changed in it until it is examined: %2</source>
        <translation>%1 se cambió fuera del programa, así que no se puede cambiar nada en él hasta que se examine: %2</translation>
    </message>
    <message>
        <location filename="../../src/storage/audit_check_text.cpp" line="-45" />
        <source>The file of evidence %1</source>
        <translation>El archivo del medio de verificación %1</translation>
    </message>
    <message>
        <location filename="../../src/storage/sqlite_references.cpp" line="+32" />
        <source>Activity %1</source>
        <translation>Actividad %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Objective %1</source>
        <translation>Objetivo %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>An actor's assignment to activity %1</source>
        <translation>La asignación de un actor a la actividad %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>An objective served by activity %1</source>
        <translation>Un objetivo al que contribuye la actividad %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Barrier group %1</source>
        <translation>Grupo de barreras %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A barrier of line %1</source>
        <translation>Una barrera de la línea %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A part of the tracker</source>
        <translation>Una parte del archivo de seguimiento</translation>
    </message>
    <message>
        <location line="+6" />
        <source>an update</source>
        <translation>una actualización</translation>
    </message>
    <message>
        <location line="+3" />
        <source>an activity</source>
        <translation>una actividad</translation>
    </message>
    <message>
        <location line="+3" />
        <source>an objective</source>
        <translation>un objetivo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>an actor</source>
        <translation>un actor</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a line of action</source>
        <translation>una línea de acción</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a barrier group</source>
        <translation>un grupo de barreras</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a barrier</source>
        <translation>una barrera</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a review step</source>
        <translation>un paso de revisión</translation>
    </message>
    <message>
        <location line="+3" />
        <source>an evidence item</source>
        <translation>un medio de verificación</translation>
    </message>
    <message>
        <location line="+2" />
        <source>something</source>
        <translation>algo</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 belongs to %2 that no longer exists.</source>
        <translation>%1 pertenece a %2 que ya no existe.</translation>
    </message>
    <message>
        <location filename="../../src/storage/sqlite_schema_check.cpp" line="+39" />
        <source>table</source>
        <translation>tabla</translation>
    </message>
    <message>
        <location line="+3" />
        <source>index</source>
        <translation>índice</translation>
    </message>
    <message>
        <location line="+3" />
        <source>safeguard (trigger)</source>
        <translation>salvaguarda (disparador)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>view</source>
        <translation>vista</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The %1 that the program creates is missing: it was removed outside the program.</source>
        <translation>Falta un objeto que el programa crea (%1): se eliminó fuera del programa.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The %1 differs from what the program creates (a column or a condition was changed): it was changed outside the program.</source>
        <translation>Un objeto que el programa crea (%1) es distinto (se cambió una columna o una condición): se cambió fuera del programa.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A %1 named %2 that the program never creates was added outside the program.</source>
        <translation>Se agregó fuera del programa un objeto que el programa nunca crea: %1 «%2».</translation>
    </message>
    <message>
        <location filename="../../src/storage/store_rules_opening.cpp" line="-40" />
        <source>On %1 this computer saw this tracker's history with %2 entries; its entry number %2 is no longer as it was (it has %3 entries now): an older copy was put in its place, or the end of its history was rewritten.</source>
        <translation>El %1 esta computadora vio el historial de este archivo de seguimiento con %2 entradas; su entrada número %2 ya no es como era (ahora tiene %3 entradas): se puso una copia anterior en su lugar, o se reescribió el final de su historial.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The audit log has lost all its entries: it was changed outside the program.</source>
        <translation>El registro de auditoría perdió todas sus entradas: se cambió fuera del programa.</translation>
    </message>
    <message>
        <location filename="../../src/storage/store_rules_replay.cpp" line="+52" />
        <source>no action of the program makes such an entry</source>
        <translation>ninguna acción del programa produce una entrada así</translation>
    </message>
    <message>
        <location line="+28" />
        <source>%1 was already listed</source>
        <translation>%1 ya figuraba en la lista</translation>
    </message>
    <message>
        <location line="+19" />
        <source>line %1, %2 was %3 at that moment, not as the step says</source>
        <translation>la línea %1, %2 estaba %3 en ese momento, no como dice el paso</translation>
    </message>
    <message>
        <location line="+8" />
        <source>an approval without the figures it froze</source>
        <translation>una aprobación sin las cifras que congeló</translation>
    </message>
    <message>
        <location line="+14" />
        <source>the update names another author than the entry</source>
        <translation>la actualización nombra a otro autor que la entrada</translation>
    </message>
    <message>
        <location line="+35" />
        <source>line %1, %2 was %3, so its evidence could not change</source>
        <translation>la línea %1, %2 estaba %3, así que sus medios de verificación no podían cambiar</translation>
    </message>
    <message>
        <location line="+10" />
        <source>it names update %1, which was never recorded</source>
        <translation>nombra la actualización %1, que nunca se registró</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Audit entry %1 (%2 by %3) was not allowed when it was made: %4. It was written outside the program.</source>
        <translation>La entrada %1 del registro de auditoría (%2 por %3) no estaba permitida cuando se hizo: %4. Se escribió fuera del programa.</translation>
    </message>
    <message>
        <location filename="../../src/core/audit_text.cpp" line="-189" />
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <location line="+5" />
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1 recorded %2: %3, %4, in force from %5</source>
        <translation>%1 registró %2: %3, %4, vigente desde el %5</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 withdrew update %2 of %3</source>
        <translation>%1 retiró la actualización %2 de %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 restored update %2 of %3</source>
        <translation>%1 restituyó la actualización %2 de %3</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 submitted line %2, %3 for review</source>
        <translation>%1 remitió para revisión la línea %2, %3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 approved line %2, %3</source>
        <translation>%1 aprobó la línea %2, %3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 returned line %2, %3</source>
        <translation>%1 devolvió la línea %2, %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 returned line %2, %3: %4</source>
        <translation>%1 devolvió la línea %2, %3: %4</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 reopened line %2, %3</source>
        <translation>%1 reabrió la línea %2, %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 reopened line %2, %3: %4</source>
        <translation>%1 reabrió la línea %2, %3: %4</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 added evidence to %2: %3</source>
        <translation>%1 agregó un medio de verificación para %2: %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 withdrew evidence %2 of %3: %4</source>
        <translation>%1 retiró el medio de verificación %2 de %3: %4</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 removed %2 from the tracker's people</source>
        <translation>%1 retiró a %2 de las personas del archivo de seguimiento</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 added %2 as %3</source>
        <translation>%1 agregó a %2 como %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 changed the roles of %2 from %3 to %4</source>
        <translation>%1 cambió los roles de %2 de %3 a %4</translation>
    </message>
    <message>
        <location line="+20" />
        <source>the %1 from %2 to %3</source>
        <translation>el %1 de %2 a %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>nothing visible</source>
        <translation>nada visible</translation>
    </message>
    <message>
        <location line="+24" />
        <source>%1 changed the %2 from %3 to %4</source>
        <translation>%1 cambió el %2 de %3 a %4</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 changed the %2 of %3 from %4 to %5</source>
        <translation>%1 cambió el %2 de %3 de %4 a %5</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 changed the planning of %2: %3</source>
        <translation>%1 cambió la programación de %2: %3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 changed who is responsible for %2: %3</source>
        <translation>%1 cambió los responsables de %2: %3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 changed the settings: %2</source>
        <translation>%1 cambió la configuración: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 changed the actor %2: %3</source>
        <translation>%1 cambió la entidad %2: %3</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 created the tracker</source>
        <translation>%1 creó el archivo de seguimiento</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 started the tracker's audit log</source>
        <translation>%1 inició el registro de auditoría del archivo de seguimiento</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 added the actor %2</source>
        <translation>%1 agregó la entidad %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 made a change (%2)</source>
        <translation>%1 hizo un cambio (%2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 made a change (%2) to %3</source>
        <translation>%1 hizo un cambio (%2) en %3</translation>
    </message>
    <message>
        <location line="+12" />
        <location filename="../../src/core/audit_values.cpp" line="-152" />
        <source>actor %1</source>
        <translation>entidad %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>person %1</source>
        <translation>persona %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>settings</source>
        <translation>configuración</translation>
    </message>
    <message>
        <location line="+2" />
        <source>activity %1</source>
        <translation>actividad %1</translation>
    </message>
    <message>
        <location filename="../../src/core/surface.cpp" line="+27" />
        <source>A reviewer must first reopen it, with a reason: "pml-tracker-cli review DB --quarter %1 --line %2 reopen --reason TEXT".</source>
        <translation>Primero un revisor debe reabrirlo indicando el motivo: «pml-tracker-cli review ARCHIVO --quarter %1 --line %2 reopen --reason TEXTO».</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A reviewer must first reopen it, with a reason: on the Review page, choose %1 and line %2, write the reason and press "Reopen".</source>
        <translation>Primero un revisor debe reabrirlo indicando el motivo: en la página Revisión, elija %1 y la línea %2, escriba el motivo y pulse «Reabrir».</translation>
    </message>
    <message>
        <location line="+9" />
        <source>An admin can list them with "pml-tracker-cli users DB add NAME --role ROLE".</source>
        <translation>Un administrador puede agregarla con «pml-tracker-cli users ARCHIVO add NOMBRE --role ROL».</translation>
    </message>
    <message>
        <location line="+3" />
        <source>An admin can list them on the People page (View → People), with "Add person…".</source>
        <translation>Un administrador puede agregarla en la página Personas (Ver → Personas), con «Agregar persona…».</translation>
    </message>
    <message>
        <location line="+7" />
        <source>"pml-tracker-cli check DB" lists every problem.</source>
        <translation>«pml-tracker-cli check ARCHIVO» lista todos los problemas.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File → Check Tracker… lists every problem.</source>
        <translation>Archivo → Comprobar archivo de seguimiento… lista todos los problemas.</translation>
    </message>
    <message>
        <location filename="../../src/storage/store_rules_frozen.cpp" line="+150" />
        <source>The figures frozen when line %1's %2 was approved are missing or were changed outside the program: restore the tracker from a backup copy.</source>
        <translation>Las cifras congeladas al aprobarse %2 de la línea %1 faltan o se modificaron fuera del programa: restaure el archivo de seguimiento desde una copia de respaldo.</translation>
    </message>
</context>
<context>
    <name>pml::ActingUser</name>
    <message>
        <location filename="../../src/gui/document/acting_user.cpp" line="+40" />
        <source>User: %1 (not listed in this tracker)</source>
        <translation>Usuario: %1 (no figura en este archivo de seguimiento)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>User: %1 (%2)</source>
        <translation>Usuario: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>pml::ActivitiesTableModel</name>
    <message>
        <location filename="../../src/gui/activities/activities_table_model.cpp" line="+280" />
        <location line="+45" />
        <source>Planned minus actual, in percentage points</source>
        <translation>Programado menos ejecutado, en puntos porcentuales</translation>
    </message>
    <message>
        <location line="-37" />
        <source>No update in force at this date</source>
        <translation>Sin actualización vigente a esta fecha</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Horizon</source>
        <translation>Horizonte</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Actual</source>
        <translation>Ejecutado</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Planned</source>
        <translation>Programado</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Gap</source>
        <translation>Brecha</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Schedule</source>
        <translation>Semáforo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Last update</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Strategic objectives the activity serves</source>
        <translation>Objetivos estratégicos a los que contribuye la actividad</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Actual progress: the percent of the update in force</source>
        <translation>Avance ejecutado: porcentaje de la actualización vigente</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Planned progress at this date, from the planned window</source>
        <translation>Avance programado a esta fecha, según el periodo programado</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Effective date of the update in force</source>
        <translation>Fecha efectiva de la actualización vigente</translation>
    </message>
</context>
<context>
    <name>pml::ActivitiesView</name>
    <message>
        <location filename="../../src/gui/activities/activities_view.cpp" line="+120" />
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Update selected…</source>
        <translation>Actuali&amp;zar seleccionadas…</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+26" />
        <source>Record one status update for every selected activity</source>
        <translation>Registrar una misma actualización de estado para cada actividad seleccionada</translation>
    </message>
    <message>
        <location line="-25" />
        <source>Show in st&amp;rategy</source>
        <translation>Ver en la est&amp;rategia</translation>
    </message>
    <message numerus="yes">
        <location line="+21" />
        <source>%n selected</source>
        <translation>
            <numerusform>%n seleccionada</numerusform>
            <numerusform>%n seleccionadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pml::ActivityDetail</name>
    <message>
        <location filename="../../src/gui/strategy/activity_detail.cpp" line="+149" />
        <source>This activity is not in the tracker.</source>
        <translation>Esta actividad no está en el archivo de seguimiento.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Activity %1</source>
        <translation>Actividad %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Horizon: %1 · Serves: %2 · %3 · %4</source>
        <translation>Horizonte: %1 · Contribuye a: %2 · %3 · %4</translation>
    </message>
    <message>
        <location line="+17" />
        <source>planned window %1 – %2, weight %3</source>
        <translation>periodo programado %1 – %2, peso %3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Status: %1, %2 % since %3; %4</source>
        <translation>Estado: %1, %2 % desde el %3; %4</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Status: no update recorded yet; %1</source>
        <translation>Estado: aún no se ha registrado ninguna actualización; %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>&amp;Progress and history</source>
        <translation>Avance e &amp;historial</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Planning and &amp;responsibility</source>
        <translation>&amp;Programación y responsables</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Record a status update</source>
        <translation>Registrar una actualización de estado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>History (newest first)</source>
        <translation>Historial (lo más reciente primero)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Planned window and weight</source>
        <translation>Periodo programado y peso</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Responsible institutions</source>
        <translation>Entidades responsables</translation>
    </message>
</context>
<context>
    <name>pml::ActivityListModel</name>
    <message>
        <location filename="../../src/gui/dashboard/activity_list_model.cpp" line="+49" />
        <source>%1
Status: %2, actual %3, planned %4 (%5)</source>
        <translation>%1
Estado: %2, ejecutado %3, programado %4 (%5)</translation>
    </message>
</context>
<context>
    <name>pml::ActorActivitiesModel</name>
    <message>
        <location filename="../../src/gui/actors/actor_activities_model.cpp" line="+120" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Actual</source>
        <translation>Ejecutado</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Planned</source>
        <translation>Programado</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Schedule</source>
        <translation>Semáforo</translation>
    </message>
</context>
<context>
    <name>pml::ActorDialog</name>
    <message>
        <location filename="../../src/gui/actors/actor_dialog.cpp" line="+37" />
        <source>Add institution</source>
        <translation>Agregar entidad</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Edit institution</source>
        <translation>Modificar entidad</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Give the institution a name.</source>
        <translation>Indique el nombre de la entidad.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>“%1” is already used by %2.</source>
        <translation>«%1» ya lo usa %2.</translation>
    </message>
</context>
<context>
    <name>pml::ActorsTableModel</name>
    <message>
        <location filename="../../src/gui/actors/actors_table_model.cpp" line="+133" />
        <location line="+19" />
        <source>Weighted mean of the actual progress of the activities it leads or supports (cancelled ones left out)</source>
        <translation>Promedio ponderado (por peso) del avance ejecutado de las actividades en las que es responsable o apoyo (sin contar las canceladas)</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Number of activities for which it is the responsible institution</source>
        <translation>Número de actividades en las que es la entidad responsable</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Number of activities it supports</source>
        <translation>Número de actividades que apoya</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Institution</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Short name</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Leads</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Supports</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Mean progress</source>
        <translation>Avance medio</translation>
    </message>
</context>
<context>
    <name>pml::ActorsView</name>
    <message>
        <location filename="../../src/gui/actors/actors_view.cpp" line="+151" />
        <source>Institutions</source>
        <translation>Entidades</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Activities of the selected institution</source>
        <translation>Actividades de la entidad seleccionada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Add institution…</source>
        <translation>A&amp;gregar entidad…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Edit institution…</source>
        <translation>&amp;Modificar entidad…</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+55" />
        <source>Rename the institution or change its group</source>
        <translation>Cambiar el nombre de la entidad o su grupo</translation>
    </message>
    <message>
        <location line="-19" />
        <source>Select an institution to see its activities.</source>
        <translation>Seleccione una entidad para ver sus actividades.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Activities of &lt;b&gt;%1&lt;/b&gt;: leads %2, supports %3</source>
        <translation>Actividades de &lt;b&gt;%1&lt;/b&gt;: responsable en %2, apoyo en %3</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Add an institution to the tracker</source>
        <translation>Agregar una entidad al archivo de seguimiento</translation>
    </message>
</context>
<context>
    <name>pml::AddPersonCommand</name>
    <message>
        <location filename="../../src/gui/document/people_commands.cpp" line="+9" />
        <source>Add person %1</source>
        <translation>Agregar a la persona %1</translation>
    </message>
</context>
<context>
    <name>pml::AggregateDetail</name>
    <message>
        <location filename="../../src/gui/strategy/aggregate_detail.cpp" line="+260" />
        <source>Activities by status</source>
        <translation>Actividades por estado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Activities by schedule</source>
        <translation>Actividades por semáforo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contents (double-click to open)</source>
        <translation>Contenido (doble clic para abrir)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Actual</source>
        <translation>Ejecutado</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Planned</source>
        <translation>Programado</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Schedule</source>
        <translation>Semáforo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contents of this item with their figures</source>
        <translation>Contenido de este elemento con sus cifras</translation>
    </message>
</context>
<context>
    <name>pml::Application</name>
    <message>
        <location filename="../../src/gui/application.cpp" line="+42" />
        <source>Something went wrong inside PML Tracker and what you were doing did not finish. The tracker is safe: each change is saved whole or not at all. You can go on working; if this happens again, please report it with the details.</source>
        <translation>Ocurrió un problema interno en PML Tracker y lo que estaba haciendo no terminó. El archivo de seguimiento está a salvo: cada cambio se guarda completo o no se guarda. Puede seguir trabajando; si vuelve a ocurrir, infórmelo con los detalles.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Unexpected Error</source>
        <translation>Error inesperado</translation>
    </message>
</context>
<context>
    <name>pml::AsOfToolBar</name>
    <message>
        <location filename="../../src/gui/as_of_toolbar.cpp" line="+67" />
        <location line="+4" />
        <source>As of date</source>
        <translation>Fecha de corte</translation>
    </message>
    <message>
        <location line="-3" />
        <source>&amp;As of:</source>
        <translation>&amp;Corte al:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Every figure, view and chart shows the state at this date. Changes can only be made when viewing today.</source>
        <translation>Todas las cifras, vistas y gráficos muestran el estado a esta fecha. Solo se pueden hacer cambios cuando se consulta la fecha de hoy.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the state as of today</source>
        <translation>Mostrar el estado al día de hoy</translation>
    </message>
</context>
<context>
    <name>pml::AuditCsv</name>
    <message>
        <location filename="../../src/report/audit_csv.cpp" line="+5" />
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location line="+0" />
        <source>When (UTC)</source>
        <translation>Fecha y hora (UTC)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Kind name</source>
        <translation>Nombre del tipo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Old value</source>
        <translation>Valor anterior</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New value</source>
        <translation>Valor nuevo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What happened</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
</context>
<context>
    <name>pml::AuditDetail</name>
    <message>
        <location filename="../../src/gui/audit/audit_detail.cpp" line="+73" />
        <source>Previous entry (%1): &lt;a href="entry:%1"&gt;%2&lt;/a&gt;</source>
        <translation>Entrada anterior (%1): &lt;a href="entry:%1"&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Previous entry: none, this is the log's first entry</source>
        <translation>Entrada anterior: ninguna, esta es la primera entrada del registro</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Entry %1, hash: %2</source>
        <translation>Entrada %1, hash: %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Select an entry to see what it changed.</source>
        <translation>Seleccione una entrada para ver qué cambió.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location line="+0" />
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Values before and after</source>
        <translation>Valores antes y después</translation>
    </message>
</context>
<context>
    <name>pml::AuditTableModel</name>
    <message>
        <location filename="../../src/gui/audit/audit_table_model.cpp" line="+83" />
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
</context>
<context>
    <name>pml::AuditView</name>
    <message>
        <location filename="../../src/gui/audit/audit_view_filters.cpp" line="+68" />
        <source>Everyone</source>
        <translation>Todas las personas</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 (removed)</source>
        <translation>%1 (dada de baja)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Every kind</source>
        <translation>Todos los tipos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/audit/audit_view.cpp" line="+110" />
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18" />
        <source>Export Audit Log</source>
        <translation>Exportar registro de auditoría</translation>
    </message>
    <message>
        <location line="+1" />
        <source>audit-log.csv</source>
        <translation>registro-de-auditoria.csv</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n entries written to %1.</source>
        <translation>
            <numerusform>%n entrada escrita en %1.</numerusform>
            <numerusform>%n entradas escritas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Since:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Item:</source>
        <translation>&amp;Elemento:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>activity, line, person…</source>
        <translation>actividad, línea, persona…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write the entries shown to a CSV file</source>
        <translation>Escribir las entradas mostradas en un archivo CSV</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Audit log, newest first</source>
        <translation>Registro de auditoría, lo más reciente primero</translation>
    </message>
</context>
<context>
    <name>pml::BulkUpdateDialog</name>
    <message numerus="yes">
        <location filename="../../src/gui/activities/bulk_update_dialog.cpp" line="+52" />
        <source>Records the same status update for each of the %n selected activities (%1). One undo reverts them all.</source>
        <translation>
            <numerusform>Registra la actualización de estado de la actividad seleccionada (%1). Un solo Deshacer la revierte.</numerusform>
            <numerusform>Registra la misma actualización de estado para cada una de las %n actividades seleccionadas (%1). Un solo Deshacer las revierte todas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Record updates</source>
        <translation>Re&amp;gistrar actualizaciones</translation>
    </message>
    <message>
        <location line="+75" />
        <source>No activity is selected.</source>
        <translation>No hay ninguna actividad seleccionada.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Say who records these updates.</source>
        <translation>Indique quién registra estas actualizaciones.</translation>
    </message>
</context>
<context>
    <name>pml::DashboardView</name>
    <message>
        <location filename="../../src/gui/dashboard/dashboard_view.cpp" line="+202" />
        <source>Actual progress</source>
        <translation>Avance ejecutado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Planned progress</source>
        <translation>Avance programado</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+3" />
        <source>Schedule</source>
        <translation>Semáforo</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Show &amp;strategy details</source>
        <translation>Mostrar el &amp;detalle de la estrategia</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Line of action</source>
        <translation>Línea de acción</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Actual</source>
        <translation>Ejecutado</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Planned</source>
        <translation>Programado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Progress by line of action</source>
        <translation>Avance por línea de acción</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Late activities</source>
        <translation>Actividades retrasadas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Activities never updated</source>
        <translation>Actividades nunca actualizadas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Activities with no responsible institution</source>
        <translation>Actividades sin entidad responsable</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Activities behind their plan by more than the late threshold, or past their planned end; largest gap first</source>
        <translation>Actividades cuya brecha supera el umbral de retraso o cuyo fin programado ya pasó; primero la mayor brecha</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Activities with no status update in force at this date</source>
        <translation>Actividades sin actualización de estado vigente a esta fecha</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open activities (neither completed nor cancelled) with no lead institution</source>
        <translation>Actividades abiertas (ni concluidas ni canceladas) sin entidad responsable</translation>
    </message>
    <message numerus="yes">
        <location line="+20" />
        <source>As of %1 · %n activities</source>
        <translation>
            <numerusform>Al %1 · %n actividad</numerusform>
            <numerusform>Al %1 · %n actividades</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60" />
        <source>Late activities (%1)</source>
        <translation>Actividades retrasadas (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Never updated (%1)</source>
        <translation>Nunca actualizadas (%1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No responsible institution (%1)</source>
        <translation>Sin entidad responsable (%1)</translation>
    </message>
</context>
<context>
    <name>pml::DocumentStatus</name>
    <message>
        <location filename="../../src/gui/document_status.cpp" line="+51" />
        <source>Computing figures…</source>
        <translation>Calculando cifras…</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Who this window acts as; change it in Preferences or start the program with --user NAME.</source>
        <translation>Usuario con el que actúa esta ventana; cámbielo en Preferencias o inicie el programa con --user NOMBRE.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Read-only: %1</source>
        <translation>Solo lectura: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing can be changed in this tracker.</source>
        <translation>No se puede cambiar nada en este archivo de seguimiento.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Viewing %1: editing disabled</source>
        <translation>Consultando al %1: edición desactivada</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Figures refreshed at %1</source>
        <translation>Cifras actualizadas a las %1</translation>
    </message>
</context>
<context>
    <name>pml::EvidencePanel</name>
    <message>
        <location filename="../../src/gui/review/evidence_files.cpp" line="+37" />
        <source>Cannot create a temporary folder to open the file in.</source>
        <translation>No se puede crear una carpeta temporal donde abrir el archivo.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cannot write the temporary copy %1.</source>
        <translation>No se puede escribir la copia temporal %1.</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Evidence %1 is not opened: %2.</source>
        <translation>El medio de verificación %1 no se abre: %2.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No application on this computer opens %1 (%2). Save a copy and open it on a computer that has one.</source>
        <translation>Ningún programa de este equipo abre %1 (%2). Guarde una copia y ábrala en un equipo que tenga uno.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Open Evidence</source>
        <translation>Abrir medio de verificación</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Save a Copy…</source>
        <translation>&amp;Guardar una copia…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Save a Copy of the Evidence</source>
        <translation>Guardar una copia del medio de verificación</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Saved a copy as %1.</source>
        <translation>Se guardó una copia como %1.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Open Link</source>
        <translation>Abrir enlace</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open this address in the web browser?

%1</source>
        <translation>¿Abrir esta dirección en el navegador web?

%1</translation>
    </message>
    <message>
        <location line="-56" />
        <source>No application could open %1.</source>
        <translation>Ninguna aplicación pudo abrir %1.</translation>
    </message>
    <message>
        <location filename="../../src/gui/review/evidence_panel.cpp" line="+98" />
        <source>Update of %1</source>
        <translation>Actualización de %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Narrative of line %1</source>
        <translation>Informe narrativo de la línea %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>link</source>
        <translation>enlace</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Withdrawn: %1</source>
        <translation>Retirado: %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Keep a file (up to %1 MiB) inside the tracker as evidence</source>
        <translation>Guardar un archivo (de hasta %1 MiB) dentro del archivo de seguimiento como medio de verificación</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add a link to a document kept elsewhere</source>
        <translation>Agregar un enlace a un documento guardado en otro lugar</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Withdraw the selected evidence, saying why (it stays listed)</source>
        <translation>Retirar el medio de verificación seleccionado, indicando el motivo (sigue en la lista)</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Add Evidence File</source>
        <translation>Agregar archivo como medio de verificación</translation>
    </message>
    <message>
        <location line="+2" />
        <source>File added as evidence.</source>
        <translation>Archivo agregado como medio de verificación.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Add Evidence Link</source>
        <translation>Agregar enlace como medio de verificación</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Web address (http, https or ftp):</source>
        <translation>Dirección web (http, https o ftp):</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Link added as evidence.</source>
        <translation>Enlace agregado como medio de verificación.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Withdraw Evidence</source>
        <translation>Retirar medio de verificación</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why is this evidence withdrawn? It stays listed, struck out, with the reason.</source>
        <translation>¿Por qué se retira este medio de verificación? Seguirá en la lista, tachado, con el motivo.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Evidence withdrawn.</source>
        <translation>Medio de verificación retirado.</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+1" />
        <source>Evidence</source>
        <translation>Medios de verificación</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Supports</source>
        <translation>Corresponde a</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Added by</source>
        <translation>Agregado por</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Added at</source>
        <translation>Agregado el</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add &amp;file…</source>
        <translation>Agregar &amp;archivo…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add &amp;link…</source>
        <translation>Agregar &amp;enlace…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Withdraw…</source>
        <translation>&amp;Retirar…</translation>
    </message>
</context>
<context>
    <name>pml::ExplanationView</name>
    <message numerus="yes">
        <location filename="../../src/gui/strategy/explanation_view.cpp" line="+22" />
        <source>%n activities</source>
        <translation>
            <numerusform>%n actividad</numerusform>
            <numerusform>%n actividades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n objectives</source>
        <translation>
            <numerusform>%n objetivo</numerusform>
            <numerusform>%n objetivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n lines of action</source>
        <translation>
            <numerusform>%n línea de acción</numerusform>
            <numerusform>%n líneas de acción</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11" />
        <source>Excluded: cancelled</source>
        <translation>No: cancelada</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Excluded: no data</source>
        <translation>No: sin datos</translation>
    </message>
    <message>
        <location line="+68" />
        <source>How is this calculated?</source>
        <translation>¿Cómo se calcula?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Actual</source>
        <translation>Ejecutado</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Planned</source>
        <translation>Programado</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Counted</source>
        <translation>Se cuenta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Items of the calculation</source>
        <translation>Elementos del cálculo</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Roll-up mode: %1. This figure combines %2; %3 counted.</source>
        <translation>Modo de cálculo: %1. Esta cifra combina %2; se cuentan %3.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+24" />
        <source>planned − actual = %1 points; at risk above %2, late above %3</source>
        <translation>programado − ejecutado = %1 puntos; en riesgo si supera %2, retrasada si supera %3</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&lt;b&gt;Actual&lt;/b&gt; = %1&lt;br&gt;&lt;b&gt;Planned&lt;/b&gt; = %2&lt;br&gt;&lt;b&gt;Schedule&lt;/b&gt;: %3</source>
        <translation>&lt;b&gt;Ejecutado&lt;/b&gt; = %1&lt;br&gt;&lt;b&gt;Programado&lt;/b&gt; = %2&lt;br&gt;&lt;b&gt;Semáforo&lt;/b&gt;: %3</translation>
    </message>
</context>
<context>
    <name>pml::FiguresPanel</name>
    <message>
        <location filename="../../src/gui/strategy/figures_panel.cpp" line="+126" />
        <source>Actual</source>
        <translation>Ejecutado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Planned</source>
        <translation>Programado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Schedule</source>
        <translation>Semáforo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>As of %1. The bar shows the actual progress; the dark line marks the planned progress.</source>
        <translation>Al %1. La barra muestra el avance ejecutado; la línea oscura marca el avance programado.</translation>
    </message>
</context>
<context>
    <name>pml::FileActions</name>
    <message>
        <location filename="../../src/gui/file_actions.cpp" line="+112" />
        <source>&amp;New Tracker…</source>
        <translation>&amp;Nuevo archivo de seguimiento…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open &amp;Read-Only…</source>
        <translation>Abrir en &amp;solo lectura…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Import JSON…</source>
        <translation>&amp;Importar JSON…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Export JSON…</source>
        <translation>&amp;Exportar JSON…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save a &amp;Backup Copy…</source>
        <translation>&amp;Guardar una copia de respaldo…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Check Tracker…</source>
        <translation>&amp;Comprobar archivo de seguimiento…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check that the tracker's history, review steps, evidence and audit log are as the program wrote them</source>
        <translation>Comprueba que el historial, los pasos de revisión, los medios de verificación y el registro de auditoría del archivo de seguimiento están como los escribió el programa</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create a tracker from the bundled strategy or a strategy file</source>
        <translation>Crear un archivo de seguimiento a partir de la estrategia incluida o de un archivo de estrategia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open a tracker for review: nothing can be changed</source>
        <translation>Abrir un archivo de seguimiento para revisión: no se puede cambiar nada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write a consistent copy of the open tracker</source>
        <translation>Escribir una copia coherente del archivo de seguimiento abierto</translation>
    </message>
    <message>
        <location line="+6" />
        <source>PML tracker (*.pmltracker);;All files (*)</source>
        <translation>Seguimiento PML (*.pmltracker);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>PML Tracker</source>
        <translation>Seguimiento PML</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 already exists. Choose a new file name: an existing tracker is never overwritten.</source>
        <translation>%1 ya existe. Elija un nombre nuevo: un archivo de seguimiento existente nunca se sobrescribe.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The bundled national strategy</source>
        <translation>La estrategia nacional incluida</translation>
    </message>
    <message>
        <location line="+0" />
        <source>A strategy JSON file…</source>
        <translation>Un archivo JSON de estrategia…</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+16" />
        <source>New Tracker</source>
        <translation>Nuevo archivo de seguimiento</translation>
    </message>
    <message>
        <location line="-16" />
        <source>Create the tracker from:</source>
        <translation>Crear el archivo de seguimiento a partir de:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Strategy File</source>
        <translation>Archivo de estrategia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Strategy (*.json);;All files (*)</source>
        <translation>Estrategia (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Open Read-Only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Open Tracker</source>
        <translation>Abrir archivo de seguimiento</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Trackers (*.pmltracker *.sqlite);;All files (*)</source>
        <translation>Archivos de seguimiento (*.pmltracker *.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Import JSON</source>
        <translation>Importar JSON</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+21" />
        <source>Tracker export (*.json);;All files (*)</source>
        <translation>Archivo de seguimiento exportado (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="-17" />
        <source>Save Imported Tracker As</source>
        <translation>Guardar el archivo de seguimiento importado como</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Export JSON</source>
        <translation>Exportar JSON</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Save a Backup Copy</source>
        <translation>Guardar una copia de respaldo</translation>
    </message>
</context>
<context>
    <name>pml::FileOperations</name>
    <message>
        <location filename="../../src/gui/file_operations.cpp" line="+64" />
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>a strategy file</source>
        <translation>un archivo de estrategia</translation>
    </message>
    <message>
        <location line="+15" />
        <source>a tracker export</source>
        <translation>una exportación de archivo de seguimiento</translation>
    </message>
</context>
<context>
    <name>pml::FilterBar</name>
    <message>
        <location filename="../../src/gui/activities/filter_bar.cpp" line="+166" />
        <location line="+48" />
        <source>All lines</source>
        <translation>Todas las líneas</translation>
    </message>
    <message>
        <location line="-42" />
        <location line="+43" />
        <source>All objectives</source>
        <translation>Todos los objetivos</translation>
    </message>
    <message>
        <location line="-36" />
        <location line="+37" />
        <source>All institutions</source>
        <translation>Todas las entidades</translation>
    </message>
    <message>
        <location line="-18" />
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Code or text</source>
        <translation>Código o texto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search activities by code or text</source>
        <translation>Buscar actividades por código o texto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Line:</source>
        <translation>&amp;Línea:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Objective:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hori&amp;zon:</source>
        <translation>&amp;Horizonte:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>St&amp;atus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sche&amp;dule:</source>
        <translation>&amp;Semáforo:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Institution:</source>
        <translation>E&amp;ntidad:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Activities this institution leads or supports</source>
        <translation>Actividades en las que esta entidad es responsable o apoyo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Not updated since</source>
        <translation>Sin actualizar &amp;desde</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open activities already due, with no update in force or whose last update is before this date</source>
        <translation>Actividades abiertas ya iniciadas, sin actualización vigente o cuya última actualización es anterior a esta fecha</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not updated since date</source>
        <translation>Fecha de «Sin actualizar desde»</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Clear filters</source>
        <translation>&amp;Quitar filtros</translation>
    </message>
    <message>
        <location line="+4" />
        <source>All horizons</source>
        <translation>Todos los horizontes</translation>
    </message>
    <message>
        <location line="+4" />
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location line="+4" />
        <source>All schedules</source>
        <translation>Todos los semáforos</translation>
    </message>
    <message>
        <location line="+64" />
        <source>%1 of %2 activities</source>
        <translation>%1 de %2 actividades</translation>
    </message>
</context>
<context>
    <name>pml::HistoryView</name>
    <message>
        <location filename="../../src/gui/strategy/history_view.cpp" line="+71" />
        <source>Effective date</source>
        <translation>Fecha efectiva</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Percent</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Note</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Recorded at</source>
        <translation>Registrado el</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Evidence</source>
        <translation>Medios de verificación</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open, add or withdraw the evidence of the selected update</source>
        <translation>Abrir, agregar o retirar los medios de verificación de la actualización seleccionada</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status history, newest first</source>
        <translation>Historial de estados, lo más reciente primero</translation>
    </message>
    <message>
        <location line="+37" />
        <source>%1 — withdrawn</source>
        <translation>%1 — retirada</translation>
    </message>
    <message>
        <location line="+17" />
        <source>After the date being viewed: not counted in these figures.</source>
        <translation>Posterior a la fecha consultada: no se cuenta en estas cifras.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Withdrawn: this update no longer counts.</source>
        <translation>Retirada: esta actualización ya no se cuenta.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Restored</source>
        <translation>Restablecida</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The update no longer counts (undone).</source>
        <translation>La actualización ya no se cuenta (se deshizo).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The update counts again (redone).</source>
        <translation>La actualización vuelve a contarse (se rehízo).</translation>
    </message>
    <message>
        <location line="+16" />
        <source>No update has been recorded for this activity yet.</source>
        <translation>Aún no se ha registrado ninguna actualización para esta actividad.</translation>
    </message>
    <message>
        <location filename="../../src/gui/strategy/history_evidence.cpp" line="+71" />
        <source>&amp;Evidence…</source>
        <translation>&amp;Medios de verificación…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Evidence (%1)…</source>
        <translation>&amp;Medios de verificación (%1)…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Evidence of the update of %1 effective %2</source>
        <translation>Medios de verificación de la actualización de %1 con fecha efectiva %2</translation>
    </message>
</context>
<context>
    <name>pml::LineProgressChart</name>
    <message>
        <location filename="../../src/gui/dashboard/line_progress_chart.cpp" line="+45" />
        <source>Actual</source>
        <translation>Ejecutado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Planned</source>
        <translation>Programado</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message>
        <location line="+25" />
        <location line="+30" />
        <source>Progress by line of action</source>
        <translation>Avance por línea de acción</translation>
    </message>
    <message>
        <location line="-15" />
        <source>Line %1: %2
Actual %3, planned %4 — %5</source>
        <translation>Línea %1: %2
Ejecutado %3, programado %4 — %5</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Line %1: actual %2, planned %3</source>
        <translation>Línea %1: ejecutado %2, programado %3</translation>
    </message>
</context>
<context>
    <name>pml::Main</name>
    <message>
        <location filename="../../src/app/main.cpp" line="+94" />
        <source>Follow-up of the National Strategy for Cleaner and More Efficient Production.</source>
        <translation>Seguimiento de la Estrategia Nacional para la Promoción de la Producción Más Limpia y Eficiente.</translation>
    </message>
    <message>
        <location line="-13" />
        <source>Open the tracker read-only: nothing can be changed.</source>
        <translation>Abrir el archivo de seguimiento en solo lectura: no se puede cambiar nada.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Interface language for this session: es or en.</source>
        <translation>Idioma de la interfaz para esta sesión: es o en.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Act as this person (listed in the tracker) for this session, instead of the name in Preferences.</source>
        <translation>Actuar como esta persona (que figura en el archivo de seguimiento) durante esta sesión, en lugar del nombre indicado en Preferencias.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+13" />
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tracker to open (default: the tracker in your data folder, created on first run).</source>
        <translation>Archivo de seguimiento que se abrirá (por omisión: el de su carpeta de datos, creado la primera vez).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>[file]</source>
        <translation>[archivo]</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Unknown language "%1": use es or en.
</source>
        <translation>Idioma desconocido «%1»: use es o en.
</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Invalid --user: %1.
</source>
        <translation>--user no válido: %1.
</translation>
    </message>
    <message>
        <location line="+15" />
        <source>PML Tracker</source>
        <translation>Seguimiento PML</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The default tracker could not be created.

%1</source>
        <translation>No se pudo crear el archivo de seguimiento predeterminado.

%1</translation>
    </message>
</context>
<context>
    <name>pml::MainWindow</name>
    <message>
        <location filename="../../src/gui/main_window.cpp" line="+67" />
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <location line="+45" />
        <source>you do not have permission to change this file</source>
        <translation>no tiene permiso para modificar este archivo</translation>
    </message>
    <message>
        <location line="+5" />
        <source>you do not have permission to write in its folder</source>
        <translation>no tiene permiso para escribir en su carpeta</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Opened Read-Only</source>
        <translation>Abierto en solo lectura</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 was opened read-only: %2. You can review it, but nothing can be changed.</source>
        <translation>%1 se abrió en solo lectura: %2. Puede revisarlo, pero no se puede cambiar nada.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>This tracker was changed outside the program, so it is open read-only until it is examined (File → Check Tracker… lists every problem):</source>
        <translation>Este archivo de seguimiento se modificó fuera del programa, por lo que está abierto solo para lectura hasta que se examine (Archivo → Comprobar archivo de seguimiento… lista todos los problemas):</translation>
    </message>
    <message>
        <location line="-41" />
        <location line="+49" />
        <source>Cannot Open Tracker</source>
        <translation>No se puede abrir el archivo de seguimiento</translation>
    </message>
    <message>
        <location line="-10" />
        <source>it was changed outside the program</source>
        <translation>se cambió fuera del programa</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 could not be opened.

%2</source>
        <translation>No se pudo abrir %1.

%2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Change Refused</source>
        <translation>Cambio rechazado</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cannot Read Tracker</source>
        <translation>No se puede leer el archivo de seguimiento</translation>
    </message>
    <message>
        <location line="+46" />
        <source>%1 (read-only)</source>
        <translation>%1 (solo lectura)</translation>
    </message>
    <message>
        <location filename="../../src/gui/main_window_actions.cpp" line="+139" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go to &amp;As-of Date</source>
        <translation>Ir a la &amp;fecha de corte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;fresh from File</source>
        <translation>&amp;Releer el archivo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Read the tracker again (e.g. after changes made elsewhere)</source>
        <translation>Volver a leer el archivo de seguimiento (p. ej., tras cambios hechos en otro lugar)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show As-of &amp;Toolbar</source>
        <translation>Mostrar la &amp;barra de fecha de corte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To Do</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show To &amp;Do</source>
        <translation>Mostrar &amp;pendientes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Quarterly Report…</source>
        <translation>Informe &amp;trimestral de avance…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>User &amp;Guide</source>
        <translation>&amp;Guía de uso</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About PML Tracker</source>
        <translation>&amp;Acerca de Seguimiento PML</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Strategy</source>
        <translation>&amp;Estrategia</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Activities</source>
        <translation>&amp;Actividades</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Dashboard</source>
        <translation>&amp;Tablero</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Institutions</source>
        <translation>E&amp;ntidades</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Re&amp;view</source>
        <translation>Re&amp;visión</translation>
    </message>
    <message>
        <location line="+0" />
        <source>A&amp;udit</source>
        <translation>A&amp;uditoría</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;People</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No tracker is open. Use File → Open… or File → New Tracker…</source>
        <translation>No hay un archivo de seguimiento abierto. Use Archivo → Abrir… o Archivo → Nuevo archivo de seguimiento…</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer: %1</translation>
    </message>
    <message>
        <location line="+33" />
        <source>About PML Tracker</source>
        <translation>Acerca de Seguimiento PML</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;h3&gt;PML Tracker %1&lt;/h3&gt;&lt;p&gt;Follow-up of the National Strategy for the Promotion of Cleaner and More Efficient Production: record the status of each activity and see the progress of objectives, lines of action and the strategy, as of any date.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Seguimiento PML %1&lt;/h3&gt;&lt;p&gt;Seguimiento de la Estrategia Nacional para la Promoción de la Producción Más Limpia y Eficiente: registre el estado de cada actividad y vea el avance de los objetivos, las líneas de acción y la estrategia, a cualquier fecha.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>pml::MessageBanner</name>
    <message>
        <location filename="../../src/gui/widgets/message_banner.cpp" line="+44" />
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>pml::Messages::Messages</name>
    <message>
        <location filename="../../src/storage/json_support.cpp" line="-288" />
        <source>the text cannot be read as JSON</source>
        <translation>el texto no se puede leer como JSON</translation>
    </message>
</context>
<context>
    <name>pml::PeopleTableModel</name>
    <message>
        <location filename="../../src/gui/people/people_table_model.cpp" line="+71" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+0" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Removed on %1 by %2</source>
        <translation>Retirada el %1 por %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Removed</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 (you)</source>
        <translation>%1 (usted)</translation>
    </message>
    <message>
        <location line="+20" />
        <source>You act as this person: your changes are recorded under this name.</source>
        <translation>Usted actúa como esta persona: sus cambios se registran con este nombre.</translation>
    </message>
</context>
<context>
    <name>pml::PeopleView</name>
    <message>
        <location filename="../../src/gui/people/people_view.cpp" line="+84" />
        <source>The people who may work on this tracker and their roles. A removed person stays listed: their name is on the records they made.</source>
        <translation>Las personas que pueden trabajar en este archivo de seguimiento y sus roles. Una persona retirada sigue en la lista: su nombre figura en los registros que hizo.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Add person…</source>
        <translation>&amp;Agregar persona…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Change roles…</source>
        <translation>&amp;Cambiar roles…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Remove person…</source>
        <translation>&amp;Retirar persona…</translation>
    </message>
    <message>
        <location line="+44" />
        <source>List a person with their roles</source>
        <translation>Agregar una persona con sus roles</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give the selected person other roles</source>
        <translation>Cambiar los roles de la persona seleccionada</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove the selected person: they can no longer act on this tracker</source>
        <translation>Retirar a la persona seleccionada: ya no podrá actuar en este archivo de seguimiento</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Select a listed person. A removed person is listed again with "Add person".</source>
        <translation>Seleccione una persona de la lista. Una persona retirada se agrega de nuevo con «Agregar persona».</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Select a listed person to remove.</source>
        <translation>Seleccione la persona que desea retirar.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Remove Person</source>
        <translation>Retirar persona</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove %1 from this tracker's people? They will no longer be able to act on it; their name stays on the records they made, and an admin can add them again.</source>
        <translation>¿Retirar a %1 de las personas de este archivo de seguimiento? Ya no podrá actuar en él; su nombre se mantiene en los registros que hizo, y un administrador puede agregarla de nuevo.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Remove %1</source>
        <translation>&amp;Retirar a %1</translation>
    </message>
</context>
<context>
    <name>pml::PersonDialog</name>
    <message>
        <location filename="../../src/gui/people/person_dialog.cpp" line="+31" />
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Add Person</source>
        <translation>Agregar persona</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Change Roles of %1</source>
        <translation>Cambiar los roles de %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Monitor: records updates, planning and narratives, and submits a line's quarter. Reviewer: approves, returns and reopens. Admin: manages people and the tracker's settings.</source>
        <translation>Monitor: registra actualizaciones, programación e informes narrativos, y remite el trimestre de una línea. Revisor: aprueba, devuelve con observaciones y reabre. Administrador: gestiona las personas y los parámetros del archivo de seguimiento.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Change</source>
        <translation>&amp;Cambiar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>pml::PlanningEditor</name>
    <message>
        <location filename="../../src/gui/strategy/planning_editor.cpp" line="+70" />
        <source>&amp;Weight:</source>
        <translation>&amp;Peso:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Planned &amp;start:</source>
        <translation>&amp;Inicio programado:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Planned &amp;end:</source>
        <translation>&amp;Fin programado:</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Use horizon default</source>
        <translation>Usar la fecha del horizonte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Apply planning</source>
        <translation>Aplicar programa&amp;ción</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Relative weight of the activity in its objective (greater than 0)</source>
        <translation>Peso relativo de la actividad en su objetivo (mayor que 0)</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+1" />
        <source>Horizon default: %1</source>
        <translation>Fecha según el horizonte: %1</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Planning changed.</source>
        <translation>Programación modificada.</translation>
    </message>
</context>
<context>
    <name>pml::PreferencesDialog</name>
    <message>
        <location filename="../../src/gui/settings/preferences_dialog.cpp" line="+169" />
        <source>No preview: the settings are not valid.</source>
        <translation>Sin vista previa: los parámetros no son válidos.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Change Refused</source>
        <translation>Cambio rechazado</translation>
    </message>
    <message>
        <location line="+24" />
        <source>No tracker is open.</source>
        <translation>No hay un archivo de seguimiento abierto.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>These settings apply to the whole tracker and every as-of date. The preview shows their effect before you apply them; the change can be undone.</source>
        <translation>Estos parámetros se aplican a todo el seguimiento y a cualquier fecha de corte. La vista previa muestra su efecto antes de aplicarlos; el cambio se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>pml::ProgressBarWidget</name>
    <message>
        <location filename="../../src/gui/strategy/figures_panel.cpp" line="-95" />
        <source>Actual %1, planned %2</source>
        <translation>Ejecutado %1, programado %2</translation>
    </message>
</context>
<context>
    <name>pml::RecentFiles</name>
    <message>
        <location filename="../../src/gui/recent_files.cpp" line="+48" />
        <source>Recent &amp;Files</source>
        <translation>Archivos &amp;recientes</translation>
    </message>
    <message>
        <location line="+18" />
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Clear List</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
</context>
<context>
    <name>pml::RecordUpdatesCommand</name>
    <message>
        <location filename="../../src/gui/document/record_updates_command.cpp" line="+12" />
        <source>Record update of %1</source>
        <translation>Registrar actualización de %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Record updates of %n activities</source>
        <translation>
            <numerusform>Registrar actualizaciones de %n actividad</numerusform>
            <numerusform>Registrar actualizaciones de %n actividades</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pml::RemindersPanel</name>
    <message>
        <location filename="../../src/gui/review/reminders_panel.cpp" line="+96" />
        <source>Returned for correction</source>
        <translation>Devueltos con observaciones</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reopened, to be submitted again</source>
        <translation>Reabiertos, por remitir de nuevo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting for review</source>
        <translation>En espera de revisión</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not submitted for %1</source>
        <translation>%1 sin remitir</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not updated since %1 began</source>
        <translation>Sin actualizar desde el inicio de %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>… and %1 more: open the list in Activities</source>
        <translation>… y %1 más: abrir la lista en Actividades</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>pml::RemovePersonCommand</name>
    <message>
        <location filename="../../src/gui/document/people_commands.cpp" line="+37" />
        <source>Remove person %1</source>
        <translation>Retirar a la persona %1</translation>
    </message>
</context>
<context>
    <name>pml::ReportDialog</name>
    <message>
        <location filename="../../src/gui/reports/report_dialog.cpp" line="+54" />
        <source>Quarterly Progress Report</source>
        <translation>Informe trimestral de avance</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Whole strategy</source>
        <translation>Toda la estrategia</translation>
    </message>
    <message>
        <location line="+5" />
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Excel workbook (XLSX)</source>
        <translation>Libro de Excel (XLSX)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Web page (HTML)</source>
        <translation>Página web (HTML)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Activity table (CSV)</source>
        <translation>Tabla de actividades (CSV)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data for other tools (JSON)</source>
        <translation>Datos para otras herramientas (JSON)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Appendix with all activities (PDF, HTML)</source>
        <translation>Anexo con todas las actividades (PDF, HTML)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Semicolon ( ; ), for Spanish Excel</source>
        <translation>Punto y coma ( ; ), para Excel en español</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Blank: a line to sign by hand</source>
        <translation>En blanco: una línea para firmar a mano</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Quarter:</source>
        <translation>&amp;Trimestre:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Line of action:</source>
        <translation>&amp;Línea de acción:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Report &amp;language:</source>
        <translation>&amp;Idioma del informe:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CSV &amp;separator:</source>
        <translation>&amp;Separador CSV:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Prepared &amp;by:</source>
        <translation>Ela&amp;borado por:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;viewed by:</source>
        <translation>Re&amp;visado por:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Preview page:</source>
        <translation>Página de vista previa:</translation>
    </message>
    <message>
        <location line="+18" />
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location line="+22" />
        <source>(in progress)</source>
        <translation>(en curso)</translation>
    </message>
    <message>
        <location line="+151" />
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <location line="+80" />
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 files (*.%2)</source>
        <translation>Archivos %1 (*.%2)</translation>
    </message>
    <message>
        <location line="-26" />
        <location line="+8" />
        <location line="+20" />
        <source>Export Report</source>
        <translation>Exportar informe</translation>
    </message>
</context>
<context>
    <name>pml::ReportText</name>
    <message>
        <location filename="../../src/report/report_text.cpp" line="-344" />
        <source>Quarterly progress report</source>
        <translation>Informe trimestral de avance</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Report on a line of action</source>
        <translation>Informe por línea de acción</translation>
    </message>
    <message>
        <location line="+2" />
        <source>As of %1</source>
        <translation>Corte al %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tracker file</source>
        <translation>Archivo de seguimiento</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Produced on</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Produced by</source>
        <translation>Elaborado por</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Roll-up mode</source>
        <translation>Modo de agregación</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Executive summary</source>
        <translation>Resumen ejecutivo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Progress of the strategy as a whole at the cut-off date, and its change since the end of the previous quarter.</source>
        <translation>Avance de la estrategia en su conjunto a la fecha de corte y su variación respecto del cierre del trimestre anterior.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Progress of this line of action at the cut-off date, and its change since the end of the previous quarter. Counts, updates and lists cover the activities of this line only.</source>
        <translation>Avance de esta línea de acción a la fecha de corte y su variación respecto del cierre del trimestre anterior. Los conteos, actualizaciones y listados comprenden solo las actividades de esta línea.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Strategy as a whole</source>
        <translation>Estrategia en su conjunto</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Strategy</source>
        <translation>Estrategia</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Line of action</source>
        <translation>Línea de acción</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Lines of action</source>
        <translation>Líneas de acción</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Strategic objective</source>
        <translation>Objetivo estratégico</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+46" />
        <source>Strategic objectives</source>
        <translation>Objetivos estratégicos</translation>
    </message>
    <message>
        <location line="-44" />
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+22" />
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location line="-20" />
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Actual progress</source>
        <translation>Avance ejecutado</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Planned progress</source>
        <translation>Avance programado</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Gap</source>
        <translation>Brecha</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change</source>
        <translation>Variación</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change in the quarter</source>
        <translation>Variación en el trimestre</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Schedule status</source>
        <translation>Semáforo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Percent</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Activities by status</source>
        <translation>Actividades por estado</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Activities by schedule status</source>
        <translation>Actividades por semáforo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Updates recorded in the quarter</source>
        <translation>Actualizaciones registradas en el trimestre</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status updates in force (not withdrawn) whose effective date falls in the quarter.</source>
        <translation>Actualizaciones de estado vigentes (no retiradas) cuya fecha efectiva cae en el trimestre.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Total activities</source>
        <translation>Total de actividades</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Progress by line of action</source>
        <translation>Avance por línea de acción</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Strategic objectives: actual and planned progress</source>
        <translation>Objetivos estratégicos: avance ejecutado y programado</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Activities updated during the quarter</source>
        <translation>Actividades actualizadas en el trimestre</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Each status update with an effective date in the quarter, in date order, with the activity's status before and after it.</source>
        <translation>Cada actualización de estado con fecha efectiva en el trimestre, en orden de fecha, con el estado de la actividad antes y después de ella.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No status update takes effect in this quarter.</source>
        <translation>Ninguna actualización de estado tiene fecha efectiva en este trimestre.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location line="+2" />
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Effective date</source>
        <translation>Fecha efectiva</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Recorded at</source>
        <translation>Registrado el</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Note</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Activities needing attention</source>
        <translation>Actividades que requieren atención</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Late or at risk at the cut-off date, suspended, never updated, or still open without a lead actor. Activities not yet due are not listed.</source>
        <translation>Retrasadas o en riesgo a la fecha de corte, suspendidas, sin actualizaciones o aún abiertas sin entidad responsable. No se listan las que aún no deben haber empezado.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No activity needs attention.</source>
        <translation>Ninguna actividad requiere atención.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Late</source>
        <translation>Retrasada</translation>
    </message>
    <message>
        <location line="+2" />
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Never updated</source>
        <translation>Sin actualizaciones</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No lead actor</source>
        <translation>Sin responsable</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Appendix: all activities</source>
        <translation>Anexo: todas las actividades</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Every activity as it stood at the cut-off date.</source>
        <translation>Todas las actividades según su estado a la fecha de corte.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Horizon</source>
        <translation>Horizonte</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Planned start</source>
        <translation>Inicio programado</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Planned end</source>
        <translation>Fin programado</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Actors</source>
        <translation>Entidades</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Last update</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Previous quarter end</source>
        <translation>Cierre del trimestre anterior</translation>
    </message>
    <message>
        <location line="+2" />
        <source>How the figures are computed</source>
        <translation>¿Cómo se calcula?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Item</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cut-off date</source>
        <translation>Fecha de corte</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Quarter start</source>
        <translation>Inicio del trimestre</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Quarter end</source>
        <translation>Fin del trimestre</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Provisional report</source>
        <translation>Informe provisional</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the quarter ends on %1; figures are as of %2 and will change until then.</source>
        <translation>el trimestre termina el %1; las cifras son al %2 y pueden cambiar hasta su cierre.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Suspended</source>
        <translation>Suspendida</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Institution</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Prepared by</source>
        <translation>Elaborado por</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reviewed by</source>
        <translation>Revisado por</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Preparation and review</source>
        <translation>Elaboración y revisión</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Names, signatures and dates of who prepared and who reviewed this report.</source>
        <translation>Nombres, firmas y fechas de quien elaboró y de quien revisó este informe.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Figures are as of %1, from the status updates in force on that day; withdrawn updates do not count.</source>
        <translation>Las cifras son al %1 y resultan de las actualizaciones de estado vigentes a esa fecha; las retiradas no se cuentan.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>An objective's actual progress is the weighted mean of its activities' percents; cancelled activities are left out.</source>
        <translation>El avance ejecutado de un objetivo es el promedio ponderado de los porcentajes de sus actividades; las canceladas no se cuentan.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A line of action's figure is the plain mean of its objectives that have data, and the strategy's the plain mean of its lines (roll-up mode: %1).</source>
        <translation>La cifra de una línea de acción es el promedio simple de sus objetivos con datos, y la de la estrategia el promedio simple de sus líneas (modo de agregación: %1).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A line of action's figure, and the strategy's, is the weighted mean of its distinct activities, each counted once (roll-up mode: %1).</source>
        <translation>La cifra de una línea de acción, y la de la estrategia, es el promedio ponderado de sus actividades distintas, cada una contada una vez (modo de agregación: %1).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Planned progress grows in a straight line from each activity's planned start to its planned end, and is averaged like actual progress.</source>
        <translation>El avance programado crece en línea recta desde el inicio programado de cada actividad hasta su fin programado, y se promedia igual que el ejecutado.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Gap = planned − actual progress, in percentage points. Schedule status: at risk when the gap is above %1, late when it is above %2 or the planned end has passed, not due while planned and actual progress are both 0.</source>
        <translation>Brecha = avance programado − avance ejecutado, en puntos porcentuales. Semáforo: En riesgo si la brecha supera %1; Retrasada si supera %2 o si pasó el fin programado; Por iniciar mientras el avance programado y el ejecutado son 0.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Change in the quarter: actual progress at the cut-off date minus actual progress at the end of the previous quarter (%1).</source>
        <translation>Variación en el trimestre: avance ejecutado a la fecha de corte menos avance ejecutado al cierre del trimestre anterior (%1).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Needing attention: activities late, at risk, suspended, never updated or still open without a lead actor. An activity not yet due (planned progress 0 and nothing recorded) is not listed.</source>
        <translation>Requieren atención las actividades retrasadas, en riesgo, suspendidas, sin actualizaciones o aún abiertas sin entidad responsable. No se listan las que aún no deben haber empezado (avance programado 0 % y sin registros).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Quarter review</source>
        <translation>Revisión del trimestre</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Review of the quarter by line</source>
        <translation>Revisión del trimestre por línea de acción</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Each line's quarter is submitted by its monitor with a narrative and approved or returned by a reviewer. An approved line's figures are frozen: later corrections do not change them.</source>
        <translation>El monitor de cada línea remite su trimestre con un informe narrativo, y un revisor lo aprueba o lo devuelve con observaciones. Las cifras de una línea aprobada quedan congeladas: las correcciones posteriores no las modifican.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Line review</source>
        <translation>Revisión de la línea</translation>
    </message>
    <message>
        <location line="+2" />
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <location line="+2" />
        <source>submitted, under review</source>
        <translation>remitido, en revisión</translation>
    </message>
    <message>
        <location line="+2" />
        <source>returned</source>
        <translation>devuelto</translation>
    </message>
    <message>
        <location line="+2" />
        <source>approved</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <location line="+2" />
        <source>approved by %1 on %2</source>
        <translation>aprobado por %1 el %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>reopened and approved again</source>
        <translation>reabierto y aprobado de nuevo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Submitted by %1 on %2, under review.</source>
        <translation>Remitido por %1 el %2, en revisión.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Returned by %1 on %2.</source>
        <translation>Devuelto con observaciones por %1 el %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reopened by %1 on %2: %3</source>
        <translation>Reabierto por %1 el %2: %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not yet submitted for review.</source>
        <translation>Aún no se ha remitido para revisión.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>No narrative yet.</source>
        <translation>Aún no hay informe narrativo.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Continued text</source>
        <translation>Texto continuado</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cell</source>
        <translation>Celda</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Part</source>
        <translation>Parte</translation>
    </message>
    <message>
        <location line="+2" />
        <source>[continued in the sheet "%1", row %2]</source>
        <translation>[continúa en la hoja «%1», fila %2]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No evidence listed.</source>
        <translation>No se registran medios de verificación.</translation>
    </message>
    <message>
        <location line="-22" />
        <source>Reviewer's note: %1</source>
        <translation>Observaciones del revisor: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Narrative</source>
        <translation>Informe narrativo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Achievements</source>
        <translation>Logros</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Difficulties</source>
        <translation>Dificultades</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Evidence</source>
        <translation>Medios de verificación</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Fingerprint</source>
        <translation>Huella de integridad</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The tracker's audit fingerprint when this report was produced: it identifies the exact history the figures come from.</source>
        <translation>Huella de integridad del registro de auditoría del archivo de seguimiento al emitirse este informe: identifica el historial exacto del que provienen las cifras.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This line's figures are those frozen when its quarter was approved; later corrections do not change them.</source>
        <translation>Las cifras de esta línea son las que quedaron congeladas al aprobarse su trimestre; las correcciones posteriores no las modifican.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>They were computed with the settings in force then: at risk above %1, late above %2, roll-up mode: %3.</source>
        <translation>Se calcularon con los parámetros vigentes en ese momento: En riesgo si la brecha supera %1, Retrasada si supera %2, modo de agregación: %3.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This line's quarter is approved and its report frozen; the strategy as a whole, which other lines still change, is not shown.</source>
        <translation>El trimestre de esta línea está aprobado y su informe, congelado; no se muestra la estrategia en su conjunto, que las demás líneas aún modifican.</translation>
    </message>
</context>
<context>
    <name>pml::ResponsibilityEditor</name>
    <message>
        <location filename="../../src/gui/strategy/responsibility_editor.cpp" line="+60" />
        <source>&amp;Lead:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Support:</source>
        <translation>Ap&amp;oyo:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Apply &amp;responsibility</source>
        <translation>Aplicar r&amp;esponsables</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Supporting institutions</source>
        <translation>Entidades de apoyo</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+17" />
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Responsibility changed.</source>
        <translation>Responsables modificados.</translation>
    </message>
</context>
<context>
    <name>pml::ReviewFigures</name>
    <message>
        <location filename="../../src/gui/review/review_figures.cpp" line="+57" />
        <source>+%1 pts</source>
        <translation>+%1 p. p.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 pts</source>
        <translation>%1 p. p.</translation>
    </message>
    <message>
        <location line="+110" />
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change</source>
        <translation>Variación</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Planned</source>
        <translation>Programado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Schedule</source>
        <translation>Semáforo</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Effective</source>
        <translation>Fecha efectiva</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Percent</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evidence</source>
        <translation>Medios de verificación</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 — withdrawn</source>
        <translation>%1 — retirada</translation>
    </message>
</context>
<context>
    <name>pml::ReviewView</name>
    <message>
        <location filename="../../src/gui/review/review_view_refresh.cpp" line="+44" />
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/review/review_presenter.cpp" line="+61" />
        <source>%1 of line %2: %3</source>
        <translation>%1 de la línea %2: %3</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Returned by %1 on %2 — correct and submit again:
%3</source>
        <translation>Devuelto con observaciones por %1 el %2 — corrija y vuelva a remitir:
%3</translation>
    </message>
    <message>
        <location line="+144" />
        <source>Computing the figures as of %1…</source>
        <translation>Calculando las cifras al %1…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Frozen when %1 approved the quarter on %2: these figures no longer change.</source>
        <translation>Congeladas cuando %1 aprobó el trimestre el %2: estas cifras ya no cambian.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>As of %1, the quarter's last day, compared with the end of %2. Approval freezes these figures.</source>
        <translation>Al %1, último día del trimestre, comparado con el cierre de %2. La aprobación congela estas cifras.</translation>
    </message>
    <message>
        <location filename="../../src/gui/review/review_view_figures.cpp" line="+43" />
        <source>Updates effective in %1: the latest %2 of %3</source>
        <translation>Actualizaciones con fecha efectiva en %1: las %2 más recientes de %3</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Updates effective in %1 (%n)</source>
        <translation>
            <numerusform>Actualizaciones con fecha efectiva en %1 (%n)</numerusform>
            <numerusform>Actualizaciones con fecha efectiva en %1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/review/review_presenter.cpp" line="-162" />
        <source>%1 of line %2: %3, by %4 on %5</source>
        <translation>%1 de la línea %2: %3, por %4 el %5</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Achievements</source>
        <translation>Logros</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Difficulties</source>
        <translation>Dificultades</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&lt;p&gt;&lt;i&gt;No step yet: the quarter is open.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Aún no hay ningún paso: el trimestre está abierto.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/gui/review/review_view.cpp" line="+94" />
        <source>&amp;Quarter:</source>
        <translation>&amp;Trimestre:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Line:</source>
        <translation>&amp;Línea:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Figures of the line</source>
        <translation>Cifras de la línea</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Updates effective in the quarter</source>
        <translation>Actualizaciones con fecha efectiva en el trimestre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Narrative (monitor)</source>
        <translation>Informe narrativo (monitor)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Achievements:</source>
        <translation>L&amp;ogros:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Difficulties:</source>
        <translation>&amp;Dificultades:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Next steps:</source>
        <translation>Pró&amp;ximos pasos:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Submit for Review</source>
        <translation>&amp;Remitir para revisión</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review (reviewer)</source>
        <translation>Revisión (revisor)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Note for the monitor (needed to return) or reason (needed to reopen)</source>
        <translation>Observaciones para el monitor (necesarias para devolver) o motivo (necesario para reabrir)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A&amp;pprove</source>
        <translation>A&amp;probar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Return</source>
        <translation>Devolver &amp;con observaciones</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;open</source>
        <translation>Rea&amp;brir</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review history (newest first)</source>
        <translation>Historial de la revisión (lo más reciente primero)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evidence of the narrative and of the quarter's updates</source>
        <translation>Medios de verificación del informe narrativo y de las actualizaciones del trimestre</translation>
    </message>
    <message>
        <location filename="../../src/gui/review/review_presenter.cpp" line="+30" />
        <source>Submit the narrative and the line's figures for review</source>
        <translation>Remitir el informe narrativo y las cifras de la línea para revisión</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Approve the quarter: its figures and evidence are frozen</source>
        <translation>Aprobar el trimestre: sus cifras y medios de verificación quedan congelados</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Return the quarter to the monitor with the note above</source>
        <translation>Devolver el trimestre al monitor con las observaciones escritas arriba</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Reopen the approved quarter with the reason above, so it can be corrected</source>
        <translation>Reabrir el trimestre aprobado con el motivo escrito arriba, para que pueda corregirse</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Submitted: the reviewers can now approve or return it.</source>
        <translation>Remitido: los revisores ya pueden aprobarlo o devolverlo.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Approved: the line's figures for the quarter are frozen.</source>
        <translation>Aprobado: las cifras de la línea para el trimestre quedan congeladas.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Returned to the monitor with your note.</source>
        <translation>Devuelto al monitor con sus observaciones.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Reopened: the quarter can be corrected and submitted again.</source>
        <translation>Reabierto: el trimestre puede corregirse y remitirse de nuevo.</translation>
    </message>
    <message>
        <location filename="../../src/gui/review/review_view_actions.cpp" line="+71" />
        <source>Approve line %1 for %2?

Approval freezes the line's figures as of %3: the updates in force then, the planning, responsibilities and settings they were computed with, and the quarter's evidence. Reports of %2 show them from then on, and nothing in them can change until a reviewer reopens the quarter, with a reason.</source>
        <translation>¿Aprobar la línea %1 para %2?

La aprobación congela las cifras de la línea al %3: las actualizaciones vigentes entonces, la programación, los responsables y los parámetros con que se calcularon, y los medios de verificación del trimestre. Desde entonces los informes de %2 las muestran así, y nada de ello puede cambiar hasta que un revisor reabra el trimestre indicando el motivo.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Approve Quarter</source>
        <translation>Aprobar trimestre</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
</context>
<context>
    <name>pml::ScheduleDistribution</name>
    <message>
        <location filename="../../src/gui/dashboard/schedule_distribution.cpp" line="+85" />
        <location line="+7" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Show the activities with this schedule status</source>
        <translation>Mostrar las actividades con este semáforo</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Activities by schedule status (%1)</source>
        <translation>Actividades por semáforo (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+2" />
        <source>Activities by schedule status</source>
        <translation>Actividades por semáforo</translation>
    </message>
</context>
<context>
    <name>pml::SetPersonRolesCommand</name>
    <message>
        <location filename="../../src/gui/document/people_commands.cpp" line="-19" />
        <source>Change the roles of %1</source>
        <translation>Cambiar los roles de %1</translation>
    </message>
</context>
<context>
    <name>pml::SetPlanningCommand</name>
    <message>
        <location filename="../../src/gui/document/planning_commands.cpp" line="+9" />
        <source>Change planning of %1</source>
        <translation>Cambiar programación de %1</translation>
    </message>
</context>
<context>
    <name>pml::SetResponsibilityCommand</name>
    <message>
        <location line="+26" />
        <source>Change responsible actors of %1</source>
        <translation>Cambiar entidades responsables de %1</translation>
    </message>
</context>
<context>
    <name>pml::SetSettingsCommand</name>
    <message>
        <location filename="../../src/gui/document/settings_commands.cpp" line="+9" />
        <source>Change tracker settings</source>
        <translation>Cambiar parámetros del seguimiento</translation>
    </message>
</context>
<context>
    <name>pml::SettingsPreview</name>
    <message>
        <location filename="../../src/gui/settings/settings_preview.cpp" line="+41" />
        <source>Strategy</source>
        <translation>Estrategia</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Current settings</source>
        <translation>Parámetros actuales</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Edited settings</source>
        <translation>Parámetros editados</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Actual</source>
        <translation>Ejecutado</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Planned</source>
        <translation>Programado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Schedule</source>
        <translation>Semáforo</translation>
    </message>
</context>
<context>
    <name>pml::StrategyBrowser</name>
    <message>
        <location filename="../../src/gui/strategy/strategy_browser.cpp" line="+112" />
        <source>Select an item of the strategy to see its progress.</source>
        <translation>Seleccione un elemento de la estrategia para ver su avance.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Strategy: lines, barrier groups, objectives and activities</source>
        <translation>Estrategia: líneas, grupos de barreras, objetivos y actividades</translation>
    </message>
</context>
<context>
    <name>pml::StrategyTreeModel</name>
    <message>
        <location filename="../../src/gui/strategy/strategy_tree_model.cpp" line="+215" />
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Schedule</source>
        <translation>Semáforo</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Strategy</source>
        <translation>Estrategia</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Barriers %1</source>
        <translation>Barreras %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Objective %1</source>
        <translation>Objetivo %1</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Actual %1 · planned %2 (as of %3)</source>
        <translation>Ejecutado %1 · programado %2 (al %3)</translation>
    </message>
</context>
<context>
    <name>pml::TrackerCheck</name>
    <message>
        <location filename="../../src/gui/tracker_check.cpp" line="+28" />
        <location line="+51" />
        <source>Check Tracker</source>
        <translation>Comprobar archivo de seguimiento</translation>
    </message>
    <message>
        <location line="-48" />
        <source>%1 could not be checked: %2</source>
        <translation>No se pudo comprobar %1: %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: no problems found. Its history, review steps, evidence and audit log are as the program wrote them.</source>
        <translation>%1: no se encontraron problemas. Su historial, sus pasos de revisión, sus medios de verificación y su registro de auditoría están como los escribió el programa.</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%1: %n problem(s) found.</source>
        <translation>
            <numerusform>%1: se encontró %n problema.</numerusform>
            <numerusform>%1: se encontraron %n problemas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>All of them are under "Show Details…".</source>
        <translation>Todos figuran en «Mostrar detalles…».</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
</context>
<context>
    <name>pml::TrackerDocument</name>
    <message>
        <location filename="../../src/gui/document/tracker_document_edits.cpp" line="+50" />
        <source>There is no activity %1.</source>
        <translation>No existe la actividad %1.</translation>
    </message>
    <message>
        <location line="+60" />
        <source>There is no actor with id %1.</source>
        <translation>No existe la entidad con id %1.</translation>
    </message>
</context>
<context>
    <name>pml::UpdateActorCommand</name>
    <message>
        <location filename="../../src/gui/document/settings_commands.cpp" line="+19" />
        <source>Change actor %1</source>
        <translation>Cambiar entidad %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rename actor %1 to %2</source>
        <translation>Renombrar entidad %1 como %2</translation>
    </message>
</context>
<context>
    <name>pml::UpdateForm</name>
    <message>
        <location filename="../../src/gui/strategy/update_form.cpp" line="+22" />
        <source>always 0 %</source>
        <translation>siempre 0 %</translation>
    </message>
    <message>
        <location line="+2" />
        <source>between 1 and 99 %</source>
        <translation>entre 1 y 99 %</translation>
    </message>
    <message>
        <location line="+2" />
        <source>always 100 %</source>
        <translation>siempre 100 %</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the percent reached, 0 to 99 %</source>
        <translation>el porcentaje alcanzado, de 0 a 99 %</translation>
    </message>
    <message>
        <location line="+2" />
        <source>keeps the last percent; no longer counts</source>
        <translation>conserva el último porcentaje; ya no se cuenta</translation>
    </message>
    <message>
        <location line="+161" />
        <source>Updates are recorded under the acting user; change it in Preferences.</source>
        <translation>Las actualizaciones se registran a nombre del usuario actual; puede cambiarlo en Preferencias.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Update recorded. Undo with Ctrl+Z.</source>
        <translation>Actualización registrada. Puede deshacerla con Ctrl+Z.</translation>
    </message>
</context>
</TS>