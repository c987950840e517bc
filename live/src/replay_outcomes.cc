#include "live/replay_outcomes.h"

#include <algorithm>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "actors/automation/action_spec.h"
#include "actors/automation/rule_spec.h"
#include "actors/features/feature_id.h"
#include "actors/policy/decision.h"
#include "actors/season/fused_scores.h"
#include "actors/season/season_kinds.h"

namespace preseason::live {

using namespace season;

ReplayOutcomes::ReplayOutcomes(SeasonLayout layout, const std::vector<std::string>& athletes)
    : layout_(layout), ids_(athletes), athletes_(athletes.size()) {}

bool ReplayOutcomes::wants(EventKind kind) const {
  return kind == kDecisionRecord || kind == kFeatureRecord || kind == kPredictionRecord || kind == kActionRecord;
}

void ReplayOutcomes::write(const std::vector<Record>& records) {
  for (const Record& r : records) {
    if (!wants(r.kind)) continue;
    const auto index = layout_.index_of(r.actor);
    if (index && *index < athletes_.size()) on_record(*index, r);
  }
}

void ReplayOutcomes::on_record(std::size_t index, const Record& r) {
  AthleteOutcomes& a = athletes_[index];
  const Payload& p = r.payload;
  switch (r.kind) {
    case kDecisionRecord:
      a.decisions.push_back({r.time, adjustment_name(static_cast<Adjustment>(static_cast<int>(p[3]))),
                             r.note ? *r.note : std::string(), p[0], p[1], p[2]});
      return;
    case kFeatureRecord: {
      AthleteOutcomes::Features f{r.time, {}};
      for (const Sample& s : *p.batch)
        f.values[s.channel < kFeatureCount ? std::string(feature_name(static_cast<Feature>(s.channel)))
                                           : fused_column(s.channel - kFeatureCount)] = s.value;
      a.features.push_back(std::move(f));
      return;
    }
    case kPredictionRecord: a.predictions.push_back({r.time, static_cast<Day>(p[0]), p[1]}); return;
    case kActionRecord: {
      const nlohmann::json action = nlohmann::json::parse(*r.note);
      DecidedAction d;
      d.athlete = ids_[index];
      d.rule = action.at("rule").get<std::string>();
      d.kind = action_kind_name(static_cast<ActionKind>(static_cast<int>(p[0])));
      d.approval = approval_name(static_cast<Approval>(static_cast<int>(p[1])));
      d.status = action_status_name(static_cast<ActionStatus>(static_cast<int>(p[2])));
      d.idempotency_key = action.at("idempotency_key").get<std::string>();
      d.payload = *r.note;
      a.actions.emplace_back(r.time, std::move(d));
      return;
    }
    default: return;
  }
}

const AthleteOutcomes& ReplayOutcomes::of(const std::string& athlete) const {
  const auto it = std::find(ids_.begin(), ids_.end(), athlete);
  if (it == ids_.end()) throw std::out_of_range("no athlete '" + athlete + "' in the replay");
  return athletes_[static_cast<std::size_t>(it - ids_.begin())];
}

ReplayOutcomes::Mark ReplayOutcomes::mark() const {
  Mark m;
  for (const AthleteOutcomes& a : athletes_)
    m.sizes.push_back({a.decisions.size(), a.features.size(), a.predictions.size(), a.actions.size()});
  return m;
}

void ReplayOutcomes::truncate(const Mark& mark) {
  for (std::size_t i = 0; i < athletes_.size() && i < mark.sizes.size(); ++i) {
    AthleteOutcomes& a = athletes_[i];
    a.decisions.resize(mark.sizes[i][0]);
    a.features.resize(mark.sizes[i][1]);
    a.predictions.resize(mark.sizes[i][2]);
    a.actions.resize(mark.sizes[i][3]);
  }
}

}  // namespace preseason::live
