// What the vendor mapping says about each simulated device field, looked up once per
// pipeline rather than per reading: its spec (range, conversion), the daily input it
// feeds and whether its metric is scored against the device's own baseline.
#pragma once

#include <array>
#include <string>

#include "actors/devices/field.h"
#include "actors/normalizer/vendor_mapping.h"

namespace preseason::season {

struct FieldRoute {
  const FieldSpec* spec = nullptr;     // nullptr: the mapping does not know the field
  const InputRoute* input = nullptr;   // nullptr: feeds no daily input
  bool scored = false;                 // its metric is in a fused group the pipeline records
};

class FieldRoutes {
 public:
  FieldRoutes() = default;
  // `mapping` must outlive the routes.
  explicit FieldRoutes(const VendorMapping& mapping);
  const FieldRoute& operator[](Field f) const { return routes_[static_cast<std::size_t>(f)]; }
  // The names the mapping knows the field by: "ring", "ln_rmssd".
  const std::string& vendor(Field f) const { return vendors_[static_cast<std::size_t>(f)]; }
  const std::string& field(Field f) const { return fields_[static_cast<std::size_t>(f)]; }

 private:
  // Every reading looks its route up; the names are needed once per field, so they are
  // kept apart and a pipeline's routes fit in a few cache lines.
  std::array<FieldRoute, kFieldCount> routes_;
  std::array<std::string, kFieldCount> vendors_, fields_;
};

}  // namespace preseason::season
