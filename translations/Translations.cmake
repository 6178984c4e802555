# Included from ui/CMakeLists.txt: the .ts files are compiled to .qm and embedded in
# postel-ui (so in `postel` and the UI tests) under :/i18n. lupdate (`ninja postel-ui_lupdate`) scans core/, ui/ and app/gui: the
# core's messages (errors, capability descriptions, transcript notes) are shown by the GUI.
file(GLOB_RECURSE POSTEL_TR_SOURCES CONFIGURE_DEPENDS
     ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h
     ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
     ${PROJECT_SOURCE_DIR}/app/gui/*.cpp)
qt_add_translations(postel-ui
    TS_FILES ${PROJECT_SOURCE_DIR}/translations/postel_pl.ts
             ${PROJECT_SOURCE_DIR}/translations/postel_en.ts
    SOURCES ${POSTEL_TR_SOURCES}
    LUPDATE_OPTIONS -no-obsolete -locations relative
    RESOURCE_PREFIX /i18n)
