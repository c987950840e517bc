// The dashboard's files (live/web/ and the vendored Chart.js), embedded at build time by
// cmake/embed_dashboard.cmake; the definition is generated into the build tree.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace preseason::live {

struct DashboardAsset {
  std::string_view name;  // the file name served under /dashboard/
  std::string_view content_type;
  const unsigned char* data;
  std::size_t size;
};

const std::vector<DashboardAsset>& dashboard_assets();

}  // namespace preseason::live
