// How the simulated coach answers proposals: the chance of accepting one, the standing
// vetoes that reject one outright, and the reason written down when the plan is kept.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace preseason {

enum class Veto : std::uint8_t {
  kNoRestBeforeMatch,   // no rest or recovery the day before a match
  kNoChangeOnMatchDay,  // the match-day session stays as planned
};

// "no_rest_before_match", "no_change_on_match_day".
const char* veto_name(Veto v);
std::optional<Veto> veto_named(std::string_view name);
// Every veto, in declaration order.
const std::vector<Veto>& all_vetoes();

struct CoachParams {
  // Probability of accepting a proposal no veto rejects; 1 accepts all, 0 none.
  double acceptance = 1.0;
  std::vector<Veto> vetoes;
  std::string override_reason = "coach kept the plan";

  bool has(Veto v) const;
};

}  // namespace preseason
