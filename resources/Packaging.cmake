# Included from the top-level CMakeLists.txt after app/: man pages, and the Debian package
# (CPack). `cmake --install` puts everything where Debian expects it (GNUInstallDirs);
# `cpack` (run from the build directory) makes postel_<version>_<arch>.deb.

# The newest release in the AppStream metainfo names the release date (the man pages' date)
# and must be this version: each release has its notes there.
file(STRINGS ${PROJECT_SOURCE_DIR}/resources/org.postel.Postel.metainfo.xml _release
     REGEX "<release version=" LIMIT_COUNT 1)
string(REGEX MATCH "version=\"([^\"]+)\"" _ "${_release}")
set(POSTEL_RELEASE_VERSION "${CMAKE_MATCH_1}")
string(REGEX MATCH "date=\"([^\"]+)\"" _ "${_release}")
set(POSTEL_RELEASE_DATE "${CMAKE_MATCH_1}")
if(NOT POSTEL_RELEASE_VERSION STREQUAL PROJECT_VERSION)
    message(WARNING "The newest release in org.postel.Postel.metainfo.xml is "
                    "'${POSTEL_RELEASE_VERSION}', the project is ${PROJECT_VERSION}: add "
                    "the release and its notes there (the packaging test fails until then).")
endif()

# Man pages: DESCRIPTION and OPTIONS come from each program's own --help at build time, so
# they always list the options the program takes (resources/man/make-manpage.py).
find_package(Python3 REQUIRED COMPONENTS Interpreter)
set(_man_dir ${PROJECT_BINARY_DIR}/man)
set(_man_pages "")
foreach(page postel postel-cli postel-sandbox)
    set(_program "")
    if(page STREQUAL "postel-cli")
        set(_program --program $<TARGET_FILE:postel-cli>)
        set(_depends postel-cli)
    elseif(page STREQUAL "postel-sandbox")
        set(_program --program $<TARGET_FILE:postel-sandbox-cli>)
        set(_depends postel-sandbox-cli)
    else()
        set(_depends "") # the GUI has no --help of its own: the template is the page
    endif()
    add_custom_command(
        OUTPUT ${_man_dir}/${page}.1.gz
        COMMAND ${CMAKE_COMMAND} -E make_directory ${_man_dir}
        COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/resources/man/make-manpage.py
                ${_program} --template ${PROJECT_SOURCE_DIR}/resources/man/${page}.1.in
                --version ${PROJECT_VERSION} --date ${POSTEL_RELEASE_DATE}
                ${_man_dir}/${page}.1.gz
        DEPENDS ${_depends} ${PROJECT_SOURCE_DIR}/resources/man/make-manpage.py
                ${PROJECT_SOURCE_DIR}/resources/man/${page}.1.in
        COMMENT "Man page ${page}(1)"
        VERBATIM)
    list(APPEND _man_pages ${_man_dir}/${page}.1.gz)
endforeach()
add_custom_target(postel-man ALL DEPENDS ${_man_pages})
install(FILES ${_man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
set(POSTEL_MAINTAINER "The Postel developers <postel@postel.example.org>")
# Debian's changelog.gz, from the release notes in the metainfo.
add_custom_command(
    OUTPUT ${PROJECT_BINARY_DIR}/changelog.gz
    COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/resources/make-changelog.py
            ${PROJECT_SOURCE_DIR}/resources/org.postel.Postel.metainfo.xml
            ${POSTEL_MAINTAINER} ${PROJECT_BINARY_DIR}/changelog.gz
    DEPENDS ${PROJECT_SOURCE_DIR}/resources/make-changelog.py
            ${PROJECT_SOURCE_DIR}/resources/org.postel.Postel.metainfo.xml
    COMMENT "Debian changelog from the release notes"
    VERBATIM)
add_custom_target(postel-changelog ALL DEPENDS ${PROJECT_BINARY_DIR}/changelog.gz)
install(FILES ${PROJECT_SOURCE_DIR}/resources/copyright ${PROJECT_BINARY_DIR}/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/postel)

# The Debian package. Its dependencies are what dpkg-shlibdeps finds the installed
# programs linked against (package dpkg-dev), with the versions the libraries' symbols
# files ask for — never a hand-written list. Qt's xcb and offscreen platform plugins and
# its TLS plugins are in the packages of the libraries that load them (libqt6gui6,
# libqt6network6), so they come with those.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME postel)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Postel developers")
set(CPACK_PACKAGE_CONTACT "${POSTEL_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "mail composer and SMTP tester")
set(CPACK_PACKAGE_DESCRIPTION
    "Postel is a desktop mail composer and SMTP tester: compose a message
with attachments, pick a server, send it, and see at once which
recipients the server refused and why. It shows every command and reply
live, with TLS, the certificate and timings.
.
It comes with postel-cli, a command-line SMTP client for scripted
diagnostics that also tests a domain's mail hosts (MX), and
postel-sandbox, a local SMTP server for teaching and tests.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION mail)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE https://postel.example.org/)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# One library no program links: the icons are SVG, drawn by Qt's SVG icon engine and image
# format plugins, which libqt6svg6 holds and Qt loads at run time (so shlibdeps cannot
# see them). Without it Postel runs with blank icons.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
# Wayland sessions need Qt's Wayland plugin; Qt's own dialogs speak Polish with its
# translations. Postel runs without either.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
