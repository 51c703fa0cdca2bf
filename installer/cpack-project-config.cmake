# Read by cpack for every generator (CPACK_PROJECT_CONFIG_FILE).
# Debian: CPackDeb puts CPACK_PACKAGE_DESCRIPTION_SUMMARY in front of every component's own
# description, so both packages would get the application's synopsis (and lintian's
# description-synopsis-is-duplicated). Each CPACK_DEBIAN_<COMPONENT>_DESCRIPTION carries its own
# first line; CPack leaves its default summary out, so that is what it gets here.
if(CPACK_GENERATOR STREQUAL "DEB")
  set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CPACK_DEFAULT_PACKAGE_DESCRIPTION_SUMMARY}")
endif()
