#include "actors/automation/calendar_replacement.h"

namespace preseason {

std::vector<std::size_t> sessions_to_replace(const ActionSpec& action, const std::vector<Session>& plan) {
  std::vector<std::size_t> replaced;
  if (action.kind != ActionKind::kCalendar) return replaced;
  for (std::size_t k = 0; k < plan.size() && static_cast<int>(replaced.size()) < action.sessions; ++k)
    if (!plan[k].is_rest() && !plan[k].is_match()) replaced.push_back(k);
  return replaced;
}

Session replacement_session(const ActionSpec& action, const SessionTemplates& templates) {
  return make_session(templates, action.replace_with);
}

}  // namespace preseason
