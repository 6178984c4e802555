# Included from app/CMakeLists.txt: the .ts files are compiled to .qm and embedded in
# `postel` under :/i18n. lupdate (`ninja postel_lupdate`) scans core/, ui/ and app/gui: the
# core's messages (errors, capability descriptions, transcript notes) are shown by the GUI.
file(GLOB_RECURSE POSTEL_TR_SOURCES CONFIGURE_DEPENDS
     ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h
     ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
     ${PROJECT_SOURCE_DIR}/app/gui/*.cpp)
qt_add_translations(postel
    TS_FILES ${PROJECT_SOURCE_DIR}/translations/postel_pl.ts
             ${PROJECT_SOURCE_DIR}/translations/postel_en.ts
    SOURCES ${POSTEL_TR_SOURCES}
    LUPDATE_OPTIONS -no-obsolete -locations relative
    RESOURCE_PREFIX /i18n)
