# Installs the build under WORK_DIR/root with prefix /usr, as the Debian package does, and
# checks what a Linux desktop needs: binaries, menu entry, icons, MIME type, AppStream
# data and translations, and that the installed programs run and read their installed
# catalogues. Validators run when the machine has them; the output says when it has not.
cmake_minimum_required(VERSION 3.24)
set(root ${WORK_DIR}/root)
set(usr ${root}/usr)
file(REMOVE_RECURSE ${WORK_DIR})

function(run_or_fail what)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE status OUTPUT_VARIABLE out
                    ERROR_VARIABLE out)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "${what} failed (${status}):\n${out}")
    endif()
    set(output "${out}" PARENT_SCOPE)
endfunction()

run_or_fail("cmake --install" ${CMAKE_COMMAND} -E env DESTDIR=${root}
            ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix /usr)

set(expected
    bin/pml-tracker
    bin/pml-tracker-cli
    share/applications/${APP_ID}.desktop
    share/metainfo/${APP_ID}.metainfo.xml
    share/mime/packages/pml-tracker.xml
    share/icons/hicolor/scalable/apps/${APP_ID}.svg
    ${TRANSLATIONS_DIR}/pml-tracker_es.qm
    share/doc/pml-tracker/guia-de-uso.md)
foreach(size 16 24 32 48 64 128 256)
    list(APPEND expected share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
endforeach()
foreach(file IN LISTS expected)
    if(NOT EXISTS ${usr}/${file})
        message(SEND_ERROR "not installed: /usr/${file}")
    endif()
endforeach()

# The programs answer from their installed place.
run_or_fail("pml-tracker-cli --version" ${usr}/bin/pml-tracker-cli --version)
if(NOT output STREQUAL "pml-tracker-cli ${VERSION}\n")
    message(SEND_ERROR "installed pml-tracker-cli --version printed: ${output}")
endif()
run_or_fail("pml-tracker --version" ${usr}/bin/pml-tracker --version)
if(NOT output MATCHES "pml-tracker ${VERSION}")
    message(SEND_ERROR "installed pml-tracker --version printed: ${output}")
endif()

# The installed program reads the catalogue at its installed place: replaced by a stand-in,
# the stand-in's text shows. The build tree's program still speaks the real Spanish.
set(spanish LC_ALL=es_PE.UTF-8 LANG=es_PE.UTF-8)
run_or_fail("lrelease" ${LRELEASE} -silent ${MARKER_TS}
            -qm ${usr}/${TRANSLATIONS_DIR}/pml-tracker_es.qm)
run_or_fail("installed pml-tracker-cli --help" ${CMAKE_COMMAND} -E env ${spanish}
            ${usr}/bin/pml-tracker-cli --help)
if(NOT output MATCHES "Órdenes del catálogo instalado:")
    message(SEND_ERROR "the installed program did not read its installed catalogue:\n${output}")
endif()
run_or_fail("built pml-tracker-cli --help" ${CMAKE_COMMAND} -E env ${spanish}
            ${BUILD_CLI} --help)
if(NOT output MATCHES "Comandos:")
    message(SEND_ERROR "the program in the build folder lost its Spanish:\n${output}")
endif()

# The desktop's own checks, when this machine has them.
find_program(desktop_file_validate desktop-file-validate)
if(desktop_file_validate)
    run_or_fail("desktop-file-validate" ${desktop_file_validate}
                ${usr}/share/applications/${APP_ID}.desktop)
else()
    message(STATUS "skipped: desktop-file-validate is not installed (desktop-file-utils)")
endif()
find_program(appstreamcli appstreamcli)
if(appstreamcli)
    run_or_fail("appstreamcli validate" ${appstreamcli} validate --no-net
                ${usr}/share/metainfo/${APP_ID}.metainfo.xml)
else()
    message(STATUS "skipped: appstreamcli is not installed (appstream)")
endif()
find_program(update_mime_database update-mime-database)
if(update_mime_database)
    run_or_fail("update-mime-database" ${update_mime_database} ${usr}/share/mime)
    if(NOT EXISTS ${usr}/share/mime/application/x-pml-tracker.xml)
        message(SEND_ERROR "update-mime-database did not register application/x-pml-tracker")
    endif()
else()
    message(STATUS "skipped: update-mime-database is not installed (shared-mime-info)")
endif()
