// Acts on the predictor's risk of injury or non-functional overreaching in the next
// 7 days: above `threshold` the session is shortened by `scale`, above
// `recovery_threshold` it becomes a recovery session. No prediction: the plan stands.
#pragma once

#include "actors/policy/policy.h"

namespace preseason {

struct LstmRiskParams {
  double threshold = 0.06;
  double scale = 0.7;
  double recovery_threshold = 0.12;  // at least threshold
};

class LstmRiskPolicy final : public Policy {
 public:
  explicit LstmRiskPolicy(const LstmRiskParams& p) : p_(p) {}
  const char* name() const override { return "lstm_risk"; }
  Decision decide(const PolicyInput& in) const override;

 private:
  LstmRiskParams p_;
};

}  // namespace preseason
