#include "actors/season/field_routes.h"

#include <algorithm>
#include <cstring>

#include "actors/season/fused_scores.h"

namespace preseason::season {

FieldRoutes::FieldRoutes(const VendorMapping& mapping) {
  for (int f = 0; f < kFieldCount; ++f) {
    const auto i = static_cast<std::size_t>(f);
    FieldRoute& r = routes_[i];
    const char* name = field_info(static_cast<Field>(f)).vendor_name;
    const char* dot = std::strchr(name, '.');
    vendors_[i].assign(name, static_cast<std::size_t>(dot - name));
    fields_[i] = dot + 1;
    r.spec = mapping.field(vendors_[i], fields_[i]);
    if (!r.spec) continue;
    r.input = mapping.input(vendors_[i], r.spec->metric);
    const std::string& group = mapping.metric(r.spec->metric)->fuse;
    r.scored = std::find(kFusedGroups.begin(), kFusedGroups.end(), group) != kFusedGroups.end();
  }
}

}  // namespace preseason::season
