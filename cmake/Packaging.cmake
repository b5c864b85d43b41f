# What a Linux desktop expects of an installed application, and the Debian package.
# The binaries and translations install from their own folders (src/app, src/cli, src/i18n).
set(PML_APP_ID io.github.pml_tracker.PmlTracker)
set(pml_desktop_dir ${PROJECT_SOURCE_DIR}/data/desktop)

if(PML_BUILD_GUI)
    # The menu entry, which also opens a double-clicked tracker (Exec=pml-tracker %f).
    install(FILES ${pml_desktop_dir}/${PML_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${pml_desktop_dir}/${PML_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    # application/x-pml-tracker: a tracker saved as *.pmltracker.
    install(FILES ${pml_desktop_dir}/pml-tracker-mime.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME pml-tracker.xml)
    # The PNGs were drawn once from the SVG, so building needs no SVG renderer.
    install(FILES ${pml_desktop_dir}/icons/pml-tracker.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${PML_APP_ID}.svg)
    foreach(size 16 24 32 48 64 128 256)
        install(FILES ${pml_desktop_dir}/icons/pml-tracker-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            RENAME ${PML_APP_ID}.png)
    endforeach()
endif()

# cpack -G DEB (run in the build folder) writes pml-tracker_<version>_<arch>.deb.
# A placeholder until the office that distributes the package names itself: give
# -DPML_PACKAGE_MAINTAINER="Name <address>" when configuring the build that packages.
set(PML_PACKAGE_MAINTAINER "PML Tracker maintainers <pml-tracker@example.org>"
    CACHE STRING "The Debian package's Maintainer field")
set(CPACK_PACKAGE_NAME pml-tracker)
set(CPACK_PACKAGE_VENDOR "PML Tracker")
set(CPACK_PACKAGE_CONTACT "${PML_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "follow-up of Peru's national cleaner production strategy")
set(CPACK_PACKAGE_DESCRIPTION
    "PML Tracker follows the implementation of Peru's National Strategy for Cleaner and \
More Efficient Production: it keeps the strategy matrix and the history of every \
activity's status in a tracker file, computes executed and planned progress at any \
cut-off date, runs the quarterly review cycle and writes the progress report (PDF, XLSX, \
HTML, CSV, JSON). The interface speaks Spanish and English. pml-tracker-cli does the \
same from the command line.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${PML_PACKAGE_MAINTAINER}")
# dpkg-shlibdeps finds the libraries the binaries link. No linker sees Qt's SQLite driver,
# loaded at run time, nor the font the PDF report is set in: they are named here.
find_program(PML_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(PML_DPKG_SHLIBDEPS)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
endif()
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, fonts-dejavu-core")
# Qt's own Spanish texts (standard buttons and dialogs).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
