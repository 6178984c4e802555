# Included from core/i18n/CMakeLists.txt: the .ts files are compiled to .qm and embedded in
# postel-i18n (so in `postel`, `postel-cli`, `postel-sandbox` and the UI tests) under :/i18n.
#
# `ninja postel-i18n_lupdate` refreshes both catalogues from the sources of every program:
#   postel_pl.ts  every string (translate the new ones in Qt Linguist);
#   postel_en.ts  plural forms only (lupdate -pluralonly): English is the source language
#                 and needs a catalogue just for "1 recipient" / "2 recipients".
# The core's messages (errors, capability descriptions, transcript notes) are shown by all
# three programs. tests/ui/tst_translations.cpp runs lupdate over the same folders.
set(POSTEL_TR_DIRS core ui app/gui app/cli app/sandbox
    CACHE INTERNAL "Folders whose tr() strings go into translations/*.ts")
set(POSTEL_TR_SOURCES "")
foreach(dir IN LISTS POSTEL_TR_DIRS)
    file(GLOB_RECURSE found CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/${dir}/*.cpp
         ${PROJECT_SOURCE_DIR}/${dir}/*.h)
    list(APPEND POSTEL_TR_SOURCES ${found})
endforeach()
set(POSTEL_TS_PL ${PROJECT_SOURCE_DIR}/translations/postel_pl.ts)
set(POSTEL_TS_EN ${PROJECT_SOURCE_DIR}/translations/postel_en.ts)
set(POSTEL_LUPDATE_OPTIONS -no-obsolete -locations none)

# Qt 6.4's qt_add_translations passes one set of lupdate options to every .ts file, so the
# two files get an lupdate target each; postel-i18n_lupdate runs both.
qt_add_lupdate(postel-i18n
    TS_FILES ${POSTEL_TS_PL}
    SOURCES ${POSTEL_TR_SOURCES}
    INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}/core ${PROJECT_SOURCE_DIR}/ui
    OPTIONS ${POSTEL_LUPDATE_OPTIONS})
qt_add_lupdate(postel-i18n-en
    TS_FILES ${POSTEL_TS_EN}
    SOURCES ${POSTEL_TR_SOURCES}
    INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}/core ${PROJECT_SOURCE_DIR}/ui
    OPTIONS ${POSTEL_LUPDATE_OPTIONS} -pluralonly
    NO_GLOBAL_TARGET)
add_dependencies(postel-i18n_lupdate postel-i18n-en_lupdate)

qt_add_lrelease(postel-i18n
    TS_FILES ${POSTEL_TS_PL} ${POSTEL_TS_EN}
    QM_FILES_OUTPUT_VARIABLE POSTEL_QM_FILES)
qt_add_resources(postel-i18n postel-i18n_translations
    PREFIX /i18n
    BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${POSTEL_QM_FILES})
