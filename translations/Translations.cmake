# Included from core/i18n/CMakeLists.txt: the .ts files are compiled to .qm and embedded in
# postel-i18n (so in `postel`, `postel-cli` and the UI tests) under :/i18n. lupdate
# (`ninja postel-i18n_lupdate`) scans core/, ui/, app/gui and app/cli: the core's messages
# (errors, capability descriptions, transcript notes) are shown by the GUI and the CLI.
file(GLOB_RECURSE POSTEL_TR_SOURCES CONFIGURE_DEPENDS
     ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h
     ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
     ${PROJECT_SOURCE_DIR}/app/gui/*.cpp ${PROJECT_SOURCE_DIR}/app/cli/*.cpp)
qt_add_translations(postel-i18n
    TS_FILES ${PROJECT_SOURCE_DIR}/translations/postel_pl.ts
             ${PROJECT_SOURCE_DIR}/translations/postel_en.ts
    SOURCES ${POSTEL_TR_SOURCES}
    LUPDATE_OPTIONS -no-obsolete -locations none
    RESOURCE_PREFIX /i18n)
