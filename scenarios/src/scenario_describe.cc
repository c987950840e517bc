#include "scenarios/scenario_describe.h"

#include <cmath>
#include <sstream>

#include "number_text.h"
#include "scenarios/device_kind_names.h"
#include "scenarios/scenario_yaml.h"

namespace preseason {

namespace {

// "acwr_band (high 1.3, low 0.8)", "composite first of [hrv_guided (...), lstm_risk (...)]".
std::string policy_text(const PolicySpec& p) {
  std::ostringstream out;
  out << p.name;
  if (!p.params.empty()) {
    out << " (";
    bool first = true;
    for (const auto& [key, value] : p.params) {
      out << (first ? "" : ", ") << key << " " << number_text(value);
      first = false;
    }
    out << ")";
  }
  if (!p.members.empty()) {
    out << " " << p.combine << " of [";
    for (std::size_t i = 0; i < p.members.size(); ++i) out << (i ? ", " : "") << policy_text(p.members[i]);
    out << "]";
  }
  if (!p.rules.empty()) out << ", " << p.rules.size() << (p.rules.size() == 1 ? " rule" : " rules");
  return out.str();
}

}  // namespace

std::string describe(const Scenario& s) {
  std::ostringstream out;
  out << "scenario " << s.name;
  if (!s.path.empty()) out << " (" << s.path << ")";
  out << ", seed " << s.seed << ", " << s.replicates << (s.replicates == 1 ? " replicate" : " replicates")
      << ", hash " << scenario_hash(s).substr(0, 12) << "\n";

  const auto days = s.calendar.season_end - s.calendar.season_start + 1;
  out << "season   " << format_date(s.calendar.season_start) << " .. " << format_date(s.calendar.season_end) << ", ";
  if (days % 7 == 0) {
    out << days / 7 << " weeks";
  } else {
    out << days << " days";
  }
  out << " (" << s.calendar.preseason_weeks << " pre-season), " << s.calendar.matches_per_week
      << (s.calendar.matches_per_week == 1 ? " match" : " matches") << " a week\n";

  out << "squad    " << s.squad_size << " athletes";
  if (!s.athletes.empty()) out << ", " << s.athletes.size() << " named";
  out << "\n";

  if (s.device_mixes.empty()) out << "devices  none\n";
  for (std::size_t i = 0; i < s.device_mixes.size(); ++i) {
    const DeviceMix& m = s.device_mixes[i];
    out << (i == 0 ? "devices  " : "         ") << number_text(std::round(m.share * 1000) / 10) << "% " << m.name
        << ":";
    for (std::size_t k = 0; k < m.devices.size(); ++k) out << (k ? ", " : " ") << device_kind_name(m.devices[k]);
    out << "\n";
  }

  out << "policy   " << policy_text(s.policy) << "\n";
  return out.str();
}

}  // namespace preseason
