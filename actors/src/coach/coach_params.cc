#include "actors/coach/coach_params.h"

#include <algorithm>

namespace preseason {

const char* veto_name(Veto v) {
  switch (v) {
    case Veto::kNoRestBeforeMatch: return "no_rest_before_match";
    case Veto::kNoChangeOnMatchDay: return "no_change_on_match_day";
  }
  return "?";
}

const std::vector<Veto>& all_vetoes() {
  static const std::vector<Veto> vetoes = {Veto::kNoRestBeforeMatch, Veto::kNoChangeOnMatchDay};
  return vetoes;
}

std::optional<Veto> veto_named(std::string_view name) {
  for (Veto v : all_vetoes())
    if (name == veto_name(v)) return v;
  return std::nullopt;
}

bool CoachParams::has(Veto v) const { return std::find(vetoes.begin(), vetoes.end(), v) != vetoes.end(); }

}  // namespace preseason
