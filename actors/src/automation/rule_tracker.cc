#include "actors/automation/rule_tracker.h"

#include <algorithm>

#include "data/time.h"

namespace preseason {

RuleTracker::RuleTracker(std::vector<RuleSpec> rules) : rules_(std::move(rules)), states_(rules_.size()) {
  conditions_.reserve(rules_.size());
  for (const RuleSpec& r : rules_) conditions_.emplace_back(r.when);
}

std::vector<FiredRule> RuleTracker::update(const FeatureRecord& record, double risk) {
  if (last_day_ != kNoDay && record.day <= last_day_)
    throw std::invalid_argument("rule tracker: day " + format_date(record.day) + " does not follow " +
                                format_date(last_day_));
  const bool consecutive = last_day_ != kNoDay && record.day == last_day_ + 1;
  last_day_ = record.day;

  std::vector<std::size_t> firing;
  for (std::size_t k = 0; k < rules_.size(); ++k) {
    State& s = states_[k];
    if (!consecutive) s.streak = 0;
    s.streak = conditions_[k].holds(record, risk) ? s.streak + 1 : 0;
    if (s.streak >= rules_[k].hold_days && record.day > s.cooldown_until) {
      s.cooldown_until = record.day + rules_[k].cooldown_days;
      firing.push_back(k);
    }
  }
  std::stable_sort(firing.begin(), firing.end(),
                   [&](std::size_t a, std::size_t b) { return rules_[a].priority > rules_[b].priority; });

  std::vector<FiredRule> fired;
  for (std::size_t k : firing) {
    const RuleSpec& r = rules_[k];
    fired.push_back({r.name, r.when, r.priority, r.approval, record.day, states_[k].streak,
                     conditions_[k].evidence(record, risk), r.actions});
  }
  return fired;
}

}  // namespace preseason
