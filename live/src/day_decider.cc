#include "live/day_decider.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <stdexcept>

#include "data/recording_reader.h"
#include "engine/simulation.h"
#include "live/live_scenario.h"
#include "live/recording_export.h"
#include "live/replay_outcomes.h"
#include "live/store_export.h"
#include "replay_snapshots.h"
#include "scenarios/replay_graph.h"

namespace preseason::live {

namespace {

constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();

// The recommendation's features from a features record, NaN for those it lacks.
std::map<std::string, double> features_of(const AthleteOutcomes::Features& f) {
  std::map<std::string, double> out;
  for (const std::string& name : DayDecider::feature_names()) {
    const auto it = f.values.find(name);
    out[name] = it == f.values.end() ? kMissing : it->second;
  }
  return out;
}

bool has_table(const RecordingReader& rec, const std::string& athlete, const std::string& name) {
  for (const TableSummary& t : rec.tables(athlete))
    if (t.name == name) return true;
  return false;
}

std::vector<HistoryDay> history_of(const RecordingReader& exported, const AthleteOutcomes& replayed,
                                   const std::string& athlete, Day day) {
  const Day first = day - DayDecider::kHistoryDays;
  std::vector<HistoryDay> days;
  for (Day d = first; d < day; ++d) {
    HistoryDay h;
    h.day = d;
    h.risk = kMissing;
    for (const std::string& name : DayDecider::feature_names()) h.features[name] = kMissing;
    days.push_back(h);
  }
  if (has_table(exported, athlete, "sessions")) {
    const EventTable sessions = exported.read_table(athlete, "sessions");
    const auto* time = sessions.find<std::int64_t>("time");
    const auto* load = sessions.find<double>("load");
    for (std::size_t i = 0; time && load && i < time->size(); ++i) {
      const Day d = day_of((*time)[i]);
      if (d >= first && d < day) days[static_cast<std::size_t>(d - first)].load += (*load)[i];
    }
  }
  for (const AthleteOutcomes::Prediction& p : replayed.predictions)
    if (p.day >= first && p.day < day) days[static_cast<std::size_t>(p.day - first)].risk = p.risk;
  for (const AthleteOutcomes::Features& f : replayed.features) {
    const Day d = day_of(f.time);
    if (d < first || d >= day) continue;
    days[static_cast<std::size_t>(d - first)].features = features_of(f);
  }
  return days;
}

void add_actions(const AthleteOutcomes& replayed, Day day, std::vector<DecidedAction>& out) {
  for (const auto& [time, action] : replayed.actions)
    if (day_of(time) == day) out.push_back(action);
}

Recommendation recommendation_of(const AthleteOutcomes& replayed, const std::string& athlete,
                                 const std::string& policy, Day day) {
  Recommendation r;
  r.athlete = athlete;
  r.day = day;
  r.risk = kMissing;
  const auto decision = std::find_if(replayed.decisions.begin(), replayed.decisions.end(),
                                     [&](const AthleteOutcomes::Decision& d) { return day_of(d.time) == day; });
  if (decision == replayed.decisions.end())
    throw std::invalid_argument("no decision was made for " + athlete + " on " + format_date(day));
  r.policy = policy;
  r.action = decision->action;
  r.reason = decision->reason;
  r.planned_minutes = decision->planned_minutes;
  r.minutes = decision->minutes;
  r.planned_rpe = decision->planned_rpe;
  for (const AthleteOutcomes::Prediction& p : replayed.predictions)
    if (p.day == day - 1) r.risk = p.risk;
  for (const std::string& name : DayDecider::feature_names()) r.features[name] = kMissing;
  const auto features = std::find_if(replayed.features.begin(), replayed.features.end(),
                                     [&](const AthleteOutcomes::Features& f) { return day_of(f.time) == day - 1; });
  if (features != replayed.features.end()) r.features = features_of(*features);
  return r;
}

}  // namespace

struct DayDecider::Replay {
  StoreExport exported;
  // The export's scenario as the first plan parsed it, and what it loads: the same text
  // every time, so parsed and loaded once.
  std::optional<Scenario> scenario;
  std::unique_ptr<RunResources> resources;
  std::unique_ptr<ReplayOutcomes> outcomes;  // of the run the snapshots come from
  Day from = 0;                              // its first day
  ReplaySnapshots snapshots;
};

DayDecider::DayDecider(const LiveConfig& config, Scenario scenario, std::string store_dir)
    : config_(config), scenario_(std::move(scenario)), store_dir_(std::move(store_dir)) {}

DayDecider::~DayDecider() = default;

const std::vector<std::string>& DayDecider::feature_names() {
  static const std::vector<std::string> kNames{"acwr_ewma", "ewma_acute", "ewma_chronic", "tsb",
                                               "hrv7",      "hrv_z",      "sleep_debt7",  "wellness_z_sum"};
  return kNames;
}

std::string DayDecider::consent_stream(const std::string& feature) {
  if (feature.rfind("hrv", 0) == 0) return "ln_rmssd";
  if (feature == "sleep_debt7") return "sleep_duration";
  if (feature == "wellness_z_sum") return "wellness";
  return "session_rpe";  // the load features
}

DayDecider::Replay& DayDecider::replay() {
  if (!replay_) replay_.reset(new Replay{StoreExport(config_, store_dir_, export_options(scenario_)), {}, {}, {}, 0, {}});
  return *replay_;
}

void DayDecider::prepare() {
  const LiveExport exported = replay().exported.refresh();
  if (exported.summary.athletes == 0) return;
  ReplayRequest request;
  request.path = exported.contents->name;
  request.contents = exported.contents;
  request.scenario = replay_->scenario;
  decide(plan_replay(request).to);
}

DayDecision DayDecider::decide(Day day) { return replay_through(day, true); }

DayDecision DayDecider::recompute(Day day) { return replay_through(day, false); }

DayDecision DayDecider::replay_through(Day day, bool keep) {
  Replay& r = replay();
  const LiveExport exported = r.exported.refresh();
  const ExportSummary& summary = exported.summary;
  if (summary.athletes == 0) throw std::invalid_argument("the store holds no readings yet");

  ReplayRequest request;
  request.path = exported.contents->name;
  request.contents = exported.contents;
  request.to = day;
  request.scenario = r.scenario;
  request.raw_streams = false;  // only counted by the pipelines, and they would fill every saved state
  // The saved states assume each week is sent as it starts (replay_snapshots.h).
  request.group_lookahead = 0;
  const ReplayPlan plan = plan_replay(request);
  if (plan.from > day) throw std::invalid_argument("the store's first readings are after " + format_date(day));
  if (!r.resources) {
    r.resources = std::make_unique<RunResources>(load_run_resources(plan.scenario));
    r.scenario = plan.scenario;
  }
  Simulation sim(plan.run);
  add_replay(plan, sim, *r.resources);

  const ReplaySnapshots::Snapshot* resume =
      plan.from == r.from && r.outcomes ? r.snapshots.resume_point(start_of(day), r.exported) : nullptr;
  if (resume) ReplaySnapshots::load(sim, *resume);
  else ++full_replays_;
  const auto fresh_outcomes = [&] {
    std::vector<std::string> layout_ids;
    for (const season::RecordedAthlete& a : plan.all) layout_ids.push_back(a.id);
    return std::make_unique<ReplayOutcomes>(plan.layout, layout_ids);
  };
  std::unique_ptr<ReplayOutcomes> look;  // what a recompute takes, leaving the saved run as it was
  ReplayOutcomes* outcomes = nullptr;
  if (keep) {
    r.snapshots.drop_after(resume);
    if (resume) {
      r.outcomes->truncate(resume->mark);
    } else {
      r.outcomes = fresh_outcomes();
      r.from = plan.from;
    }
    outcomes = r.outcomes.get();
  } else {
    look = resume ? std::make_unique<ReplayOutcomes>(*r.outcomes) : fresh_outcomes();
    if (resume) look->truncate(resume->mark);
    outcomes = look.get();
  }
  sim.set_sink(outcomes);
  if (keep) r.snapshots.run(sim, resume ? resume->at : plan.run.start, start_of(day) + 1, summary.last_sequence, *outcomes);
  else sim.run();

  DayDecision decision;
  decision.day = day;
  decision.through_sequence = summary.last_sequence;
  const RecordingReader inputs(exported.contents);
  for (const std::string& athlete : plan.ids) {
    const AthleteOutcomes& replayed = outcomes->of(athlete);
    decision.recommendations.push_back(recommendation_of(replayed, athlete, plan.scenario.policy.name, day));
    decision.history[athlete] = history_of(inputs, replayed, athlete, day);
    add_actions(replayed, day, decision.actions);
  }
  return decision;
}

}  // namespace preseason::live
