// The vendor-field -> canonical-metric mapping, loaded from a YAML data file
// (scenarios/mappings/vendors.yaml): unit conversion, scale direction and valid range
// per field, and which vendor's metric feeds which daily feature input at what priority.
// Loading errors throw InputError naming the file and line.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "actors/normalizer/input_route.h"

namespace preseason {

struct MetricSpec {
  std::string unit;
  std::string fuse;  // empty: never fused with other metrics
};

struct FieldSpec {
  std::string metric;
  double lo = 0, hi = 0;  // valid raw range, inclusive, in the vendor's unit
  double factor = 1, offset = 0;
  bool log = false;
  bool low_is_best = false;

  bool valid(double raw) const { return raw >= lo && raw <= hi; }
  // The canonical value of a valid raw reading.
  double canonical(double raw) const;
};

class VendorMapping {
 public:
  static VendorMapping load(const std::string& path);

  // nullptr when the vendor or field is not mapped.
  const FieldSpec* field(const std::string& vendor, const std::string& field) const;
  const MetricSpec* metric(const std::string& name) const;
  // nullptr when the vendor's metric feeds no daily input.
  const InputRoute* input(const std::string& vendor, const std::string& metric) const;
  const std::map<std::string, MetricSpec>& metrics() const { return metrics_; }

 private:
  std::map<std::string, MetricSpec> metrics_;
  std::map<std::string, std::map<std::string, FieldSpec>> vendors_;
  std::map<std::string, std::map<std::string, InputRoute>> inputs_;  // vendor -> metric -> route
};

}  // namespace preseason
