# Writes the AppStream metainfo from its template. Included by resources/CMakeLists.txt, and run
# as a script by scripts/package-check.sh to validate the variant with screenshots:
#   cmake -D METAINFO_IN=... -D METAINFO_OUT=... -D PROJECT_VERSION=... -D UCMC_RELEASE_DATE=...
#         [-D UCMC_SCREENSHOT_BASE_URL=https://...] -P resources/metainfo.cmake
# AppStream takes screenshots as https URLs of published images: with UCMC_SCREENSHOT_BASE_URL
# (where docs/screenshots is published), the metainfo lists them; without it, none.
set(UCMC_APPSTREAM_SCREENSHOTS "")
if(UCMC_SCREENSHOT_BASE_URL)
  if(NOT UCMC_SCREENSHOT_BASE_URL MATCHES "^https://[^/]+")
    message(FATAL_ERROR "UCMC_SCREENSHOT_BASE_URL must be an https URL, not '${UCMC_SCREENSHOT_BASE_URL}'")
  endif()
  string(REGEX REPLACE "/+$" "" base "${UCMC_SCREENSHOT_BASE_URL}")
  set(UCMC_APPSTREAM_SCREENSHOTS "  <screenshots>
    <screenshot type=\"default\">
      <caption>The UCServer host and its media servers with live status</caption>
      <caption xml:lang=\"de\">Der UCServer-Host und seine Media Server mit Live-Status</caption>
      <image>${base}/demo.png</image>
    </screenshot>
    <screenshot>
      <caption>The UCServer host's services and ports</caption>
      <caption xml:lang=\"de\">Dienste und Ports des UCServer-Hosts</caption>
      <image>${base}/hosts.png</image>
    </screenshot>
    <screenshot>
      <caption>With a dark colour scheme</caption>
      <caption xml:lang=\"de\">Mit dunklem Farbschema</caption>
      <image>${base}/dark-mode.png</image>
    </screenshot>
  </screenshots>
")
endif()
configure_file(${METAINFO_IN} ${METAINFO_OUT} @ONLY)
