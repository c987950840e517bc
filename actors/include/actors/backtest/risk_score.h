// A feature or input read as a risk score, higher = riskier; "-name" flips it so that a
// low value (e.g. -hrv_z) counts as risky.
#pragma once

#include <stdexcept>
#include <string>

#include "actors/rules/record_variable.h"

namespace preseason {

class RiskScore {
 public:
  // Throws std::invalid_argument listing the valid names when `spec` names none.
  explicit RiskScore(const std::string& spec);

  const std::string& spec() const { return spec_; }
  // NaN when the record lacks the value.
  double of(const FeatureRecord& record) const { return sign_ * variable_.of(record); }

 private:
  std::string spec_;
  double sign_;
  RecordVariable variable_;
};

}  // namespace preseason
