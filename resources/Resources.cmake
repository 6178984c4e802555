# Included from app/CMakeLists.txt for the `postel` target: desktop integration.
include(GNUInstallDirs)
install(FILES ${PROJECT_SOURCE_DIR}/resources/org.postel.Postel.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/org.postel.Postel.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/postel.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME org.postel.Postel.svg)
