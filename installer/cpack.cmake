# CPack: Debian packages here (tested, tests/install), WiX and DragNDrop inputs for Windows and
# macOS (not run here; docs/packaging.md says what was and was not verified).
set(CPACK_PACKAGE_NAME veldboek)
set(CPACK_PACKAGE_VENDOR "The Veldboek project")
set(CPACK_PACKAGE_CONTACT "Veldboek maintainers <maintainers@veldboek.nl>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Encrypted participant register that checks and submits outcome data")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://veldboek.nl/")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Veldboek)
set(CPACK_PACKAGE_EXECUTABLES veldboek Veldboek)
set(CPACK_STRIP_FILES ON)
set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_CURRENT_SOURCE_DIR}/cpack-project-config.cmake)
if(VELDBOEK_BUILD_ENDPOINT)
  set(CPACK_COMPONENTS_ALL app endpoint)
else()
  set(CPACK_COMPONENTS_ALL app)
endif()
set(CPACK_COMPONENT_APP_DISPLAY_NAME "Veldboek")
set(CPACK_COMPONENT_APP_DESCRIPTION "The desktop application and veldboek-cli")
set(CPACK_COMPONENT_ENDPOINT_DISPLAY_NAME "Veldboek endpoint")
set(CPACK_COMPONENT_ENDPOINT_DESCRIPTION "The reference central endpoint (HTTPS server)")
set(CPACK_COMPONENT_ENDPOINT_DISABLED ON) # an organisation's PC needs no server

# --- Debian -------------------------------------------------------------------------------
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # veldboek_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # dpkg-shlibdeps (dpkg-dev) computes the library Depends
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

set(CPACK_DEBIAN_APP_PACKAGE_NAME veldboek)
set(CPACK_DEBIAN_APP_PACKAGE_SECTION utils)
# Plugins are loaded at run time, so dpkg-shlibdeps cannot see them: the platform plugins (xcb
# on a desktop, offscreen for scripts) come from qt6-qpa-plugins.
# libxlsxwriter is loaded with dlopen (core/exchange/XlsxWriter.cpp), also invisible to it: the
# package that holds the very file the build found.
set(veldboek_app_depends "qt6-qpa-plugins")
find_program(DPKG_QUERY dpkg-query)
if(DPKG_QUERY)
  file(REAL_PATH ${XLSXWRITER_LIBRARY} xlsxwriter_file)
  execute_process(COMMAND ${DPKG_QUERY} -S ${xlsxwriter_file} OUTPUT_VARIABLE xlsxwriter_owner
                  OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE dpkg_result ERROR_QUIET)
  if(dpkg_result EQUAL 0)
    string(REGEX REPLACE ":.*" "" xlsxwriter_package "${xlsxwriter_owner}")
    string(APPEND veldboek_app_depends ", ${xlsxwriter_package}")
  endif()
endif()
set(CPACK_DEBIAN_APP_PACKAGE_DEPENDS "${veldboek_app_depends}")
# A Secret Service keeps the registers' keys (without one, Veldboek asks for a passphrase);
# Qt's own translations give Dutch standard buttons.
set(CPACK_DEBIAN_APP_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")
# Plain lines, an empty line between paragraphs: CPackDeb indents them and writes " ." itself.
set(CPACK_DEBIAN_APP_DESCRIPTION
"Encrypted participant register that checks and submits outcome data
Veldboek is the data-entry and submission tool for Dutch MDT project leaders
and small welfare organisations. It keeps an encrypted local register of
participants and their outcome data (GAS goal scores, problem-reduction
scores, CEM+ questionnaires), checks every field as you type against the
data-request specs, and submits the full register to a central endpoint.

This package holds the desktop application (veldboek) and the command-line
companion (veldboek-cli).")

set(CPACK_DEBIAN_ENDPOINT_PACKAGE_NAME veldboek-endpoint)
set(CPACK_DEBIAN_ENDPOINT_PACKAGE_SECTION net)
# QSQLITE (the default store) is a plugin; adduser makes the service's account.
set(CPACK_DEBIAN_ENDPOINT_PACKAGE_DEPENDS "libqt6sql6-sqlite, adduser")
set(CPACK_DEBIAN_ENDPOINT_PACKAGE_SUGGESTS "libqt6sql6-psql, certbot")
set(CPACK_DEBIAN_ENDPOINT_DESCRIPTION
"Reference central endpoint for Veldboek submissions (HTTPS)
The server a funder or region runs to receive Veldboek registers: it checks
every submission with the same specs and engine as the desktop application,
and serves the check report and the dashboard figures. HTTPS only (GNU
libmicrohttpd with GnuTLS), SQLite or PostgreSQL.

This package holds veldboek-endpoint and its systemd service.")
set(CPACK_DEBIAN_ENDPOINT_PACKAGE_CONTROL_EXTRA
    ${CMAKE_CURRENT_SOURCE_DIR}/debian/conffiles
    ${CMAKE_CURRENT_SOURCE_DIR}/debian/postinst
    ${CMAKE_CURRENT_SOURCE_DIR}/debian/prerm
    ${CMAKE_CURRENT_SOURCE_DIR}/debian/postrm)

# --- Windows: WiX (CPack's WIX generator; WiX 4/5 through CPACK_WIX_VERSION 4, CMake >= 3.30) ----
# A fixed UpgradeCode: every version is the same product to Windows, and a newer MSI replaces an
# older one as a major upgrade (CPack schedules RemoveExistingProducts), with no "change, repair
# or remove" dialog. Never change this GUID.
set(CPACK_WIX_UPGRADE_GUID "6F1B9C52-3E0A-4D7B-9A51-2C8E4F7D0B13")
set(CPACK_WIX_VERSION 4)
set(CPACK_WIX_ARCHITECTURE x64)
set(CPACK_WIX_INSTALL_SCOPE perMachine)
set(CPACK_WIX_PRODUCT_ICON ${CMAKE_CURRENT_SOURCE_DIR}/windows/veldboek.ico)
set(CPACK_WIX_PROGRAM_MENU_FOLDER Veldboek)
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "https://veldboek.nl/")

# --- macOS: a drag-and-drop disk image of Veldboek.app -------------------------------------
set(CPACK_DMG_VOLUME_NAME "Veldboek ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDZO)

include(CPack)
