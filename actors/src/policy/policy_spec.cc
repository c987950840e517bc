#include "actors/policy/policy_spec.h"

namespace preseason {

const std::vector<std::string>& policy_names() {
  static const std::vector<std::string> names = {"fixed",     "acwr_band", "hrv_guided", "tsb_target",
                                                 "lstm_risk", "composite", "expression"};
  return names;
}

const std::vector<std::string>& rule_actions() {
  static const std::vector<std::string> names = {"scale_load", "cap_intensity", "recovery", "rest"};
  return names;
}

const std::vector<std::string>& combine_modes() {
  static const std::vector<std::string> names = {"most_conservative", "first"};
  return names;
}

}  // namespace preseason
