// The names a rule or risk score may use on a feature record: every feature of
// docs/features.md (acwr_ewma, hrv_z, ...) and every daily input (load, sleep_h, ...).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "actors/features/feature_record.h"

namespace preseason {

class RecordVariable {
 public:
  // Empty when `name` is neither a feature nor an input.
  static std::optional<RecordVariable> find(std::string_view name);
  // Features first, in column order, then inputs.
  static std::vector<RecordVariable> all();

  std::string_view name() const;
  // NaN when the record does not have the value.
  double of(const FeatureRecord& record) const;

 private:
  RecordVariable(bool input, std::size_t index) : input_(input), index_(index) {}

  bool input_;
  std::size_t index_;
};

// "acwr_ewma, acwr_coupled, ..." for error messages.
std::string record_variable_list();

}  // namespace preseason
