# The dashboard (live/web/) and the Chart.js build it draws with, embedded in the live
# layer as bytes so `preseason live` serves them wherever it runs (docs/live-api.md).
# Chart.js comes from the npm registry once per build tree, pinned by version and hash.
set(PRESEASON_CHARTJS_VERSION 4.6.1)
set(PRESEASON_CHARTJS_SHA256 9345dacdf4bb4c5d40321f4b9aafab6fe676d37a534fc0bc2d17c4c4e29c4f00)

set(chartjs_dir ${CMAKE_BINARY_DIR}/vendor/chart.js-${PRESEASON_CHARTJS_VERSION})
set(chartjs_umd ${chartjs_dir}/package/dist/chart.umd.min.js)
if(NOT EXISTS ${chartjs_umd})
  find_program(PRESEASON_NPM npm REQUIRED)
  file(MAKE_DIRECTORY ${chartjs_dir})
  message(STATUS "Fetching chart.js@${PRESEASON_CHARTJS_VERSION} with npm pack")
  execute_process(COMMAND ${PRESEASON_NPM} pack chart.js@${PRESEASON_CHARTJS_VERSION} --silent
                  WORKING_DIRECTORY ${chartjs_dir} RESULT_VARIABLE npm_failed ERROR_VARIABLE npm_error OUTPUT_QUIET)
  set(chartjs_tgz ${chartjs_dir}/chart.js-${PRESEASON_CHARTJS_VERSION}.tgz)
  if(npm_failed OR NOT EXISTS ${chartjs_tgz})
    message(FATAL_ERROR "npm pack chart.js@${PRESEASON_CHARTJS_VERSION} failed: ${npm_error}")
  endif()
  file(SHA256 ${chartjs_tgz} chartjs_hash)
  if(NOT chartjs_hash STREQUAL PRESEASON_CHARTJS_SHA256)
    message(FATAL_ERROR "${chartjs_tgz}: SHA-256 ${chartjs_hash}, expected ${PRESEASON_CHARTJS_SHA256}")
  endif()
  file(ARCHIVE_EXTRACT INPUT ${chartjs_tgz} DESTINATION ${chartjs_dir}
       PATTERNS package/dist/chart.umd.min.js package/LICENSE.md)
endif()

file(GLOB dashboard_web CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/live/web/*)
set(dashboard_cc ${CMAKE_BINARY_DIR}/generated/dashboard_assets.cc)
add_custom_command(
  OUTPUT ${dashboard_cc}
  COMMAND ${CMAKE_COMMAND} -DWEB_DIR=${CMAKE_SOURCE_DIR}/live/web -DCHARTJS=${chartjs_umd} -DOUT=${dashboard_cc}
          -P ${CMAKE_SOURCE_DIR}/cmake/embed_dashboard.cmake
  DEPENDS ${dashboard_web} ${chartjs_umd} ${CMAKE_SOURCE_DIR}/cmake/embed_dashboard.cmake
  COMMENT "Embedding the dashboard"
  VERBATIM)
target_sources(live PRIVATE ${dashboard_cc})
set_source_files_properties(${dashboard_cc} PROPERTIES INCLUDE_DIRECTORIES ${CMAKE_SOURCE_DIR}/live/src)
