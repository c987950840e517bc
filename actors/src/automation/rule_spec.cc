#include "actors/automation/rule_spec.h"

namespace preseason {

const char* approval_name(Approval a) {
  switch (a) {
    case Approval::kNone: return "none";
    case Approval::kCoach: return "coach";
    case Approval::kPhysio: return "physio";
  }
  return "?";
}

const std::vector<std::string>& approval_names() {
  static const std::vector<std::string> names = {"none", "coach", "physio"};
  return names;
}

std::optional<Approval> approval_named(std::string_view name) {
  for (Approval a : {Approval::kNone, Approval::kCoach, Approval::kPhysio})
    if (name == approval_name(a)) return a;
  return std::nullopt;
}

}  // namespace preseason
