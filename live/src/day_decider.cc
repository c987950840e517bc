#include "live/day_decider.h"

#include <atomic>
#include <cmath>
#include <filesystem>
#include <limits>
#include <stdexcept>

#include <unistd.h>

#include "actors/season/season_recorder.h"
#include "data/recording_reader.h"
#include "engine/simulation.h"
#include "live/live_scenario.h"
#include "live/recording_export.h"
#include "scenarios/replay_graph.h"

namespace preseason::live {

namespace {

constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();

// Row of `table` whose time is `t`, if any.
std::optional<std::size_t> row_at(const EventTable& table, Time t) {
  const auto* time = table.find<std::int64_t>("time");
  if (!time) return std::nullopt;
  for (std::size_t i = 0; i < time->size(); ++i)
    if (day_of((*time)[i]) == day_of(t)) return i;
  return std::nullopt;
}

template <class T> T cell(const EventTable& table, const char* column, std::size_t row, T otherwise) {
  const auto* values = table.find<T>(column);
  return values && row < values->size() ? (*values)[row] : otherwise;
}

bool has_table(const RecordingReader& rec, const std::string& athlete, const std::string& name) {
  for (const TableSummary& t : rec.tables(athlete))
    if (t.name == name) return true;
  return false;
}

std::map<Day, double> risk_by_day(const RecordingReader& rec, const std::string& athlete) {
  std::map<Day, double> out;
  if (!has_table(rec, athlete, "predictions")) return out;
  const EventTable predictions = rec.read_table(athlete, "predictions");
  const auto* date = predictions.find<std::string>("date");
  const auto* risk = predictions.find<double>("risk");
  for (std::size_t i = 0; date && risk && i < date->size(); ++i) out[parse_date((*date)[i])] = (*risk)[i];
  return out;
}

std::vector<HistoryDay> history_of(const RecordingReader& exported, const RecordingReader& replayed,
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
  for (const auto& [d, risk] : risk_by_day(replayed, athlete))
    if (d >= first && d < day) days[static_cast<std::size_t>(d - first)].risk = risk;
  if (has_table(replayed, athlete, "features")) {
    const EventTable features = replayed.read_table(athlete, "features");
    const auto* time = features.find<std::int64_t>("time");
    for (std::size_t i = 0; time && i < time->size(); ++i) {
      const Day d = day_of((*time)[i]);
      if (d < first || d >= day) continue;
      for (const std::string& name : DayDecider::feature_names())
        days[static_cast<std::size_t>(d - first)].features[name] = cell<double>(features, name.c_str(), i, kMissing);
    }
  }
  return days;
}

void add_actions(const RecordingReader& rec, const std::string& athlete, Day day, std::vector<DecidedAction>& out) {
  if (!has_table(rec, athlete, "actions")) return;
  const EventTable actions = rec.read_table(athlete, "actions");
  const auto* time = actions.find<std::int64_t>("time");
  for (std::size_t i = 0; time && i < time->size(); ++i) {
    if (day_of((*time)[i]) != day) continue;
    DecidedAction a;
    a.athlete = athlete;
    a.rule = cell<std::string>(actions, "rule", i, "");
    a.kind = cell<std::string>(actions, "kind", i, "");
    a.approval = cell<std::string>(actions, "approval", i, "");
    a.status = cell<std::string>(actions, "status", i, "");
    a.idempotency_key = cell<std::string>(actions, "idempotency_key", i, "");
    a.payload = cell<std::string>(actions, "payload", i, "");
    out.push_back(std::move(a));
  }
}

Recommendation recommendation_of(const RecordingReader& rec, const std::string& athlete, Day day) {
  Recommendation r;
  r.athlete = athlete;
  r.day = day;
  r.risk = kMissing;
  const EventTable decisions = rec.read_table(athlete, "decisions");
  const auto row = row_at(decisions, start_of(day));
  if (!row) throw std::invalid_argument("no decision was made for " + athlete + " on " + format_date(day));
  r.policy = cell<std::string>(decisions, "policy", *row, "");
  r.action = cell<std::string>(decisions, "action", *row, "");
  r.reason = cell<std::string>(decisions, "reason", *row, "");
  r.planned_minutes = cell<double>(decisions, "planned_minutes", *row, kMissing);
  r.minutes = cell<double>(decisions, "minutes", *row, kMissing);
  r.planned_rpe = cell<double>(decisions, "planned_rpe", *row, kMissing);
  const std::map<Day, double> risks = risk_by_day(rec, athlete);
  if (const auto it = risks.find(day - 1); it != risks.end()) r.risk = it->second;
  for (const std::string& name : DayDecider::feature_names()) r.features[name] = kMissing;
  if (has_table(rec, athlete, "features")) {
    const EventTable features = rec.read_table(athlete, "features");
    if (const auto f = row_at(features, start_of(day - 1)))
      for (const std::string& name : DayDecider::feature_names())
        r.features[name] = cell<double>(features, name.c_str(), *f, kMissing);
  }
  return r;
}

// Removes the work files of one decision however it ends.
struct WorkFiles {
  std::filesystem::path dir;
  ~WorkFiles() {
    std::error_code ignored;
    std::filesystem::remove_all(dir, ignored);
  }
};

}  // namespace

DayDecider::DayDecider(const LiveConfig& config, Scenario scenario, std::string store_dir, std::string work_dir)
    : config_(config), scenario_(std::move(scenario)), store_dir_(std::move(store_dir)), work_dir_(std::move(work_dir)) {}

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

DayDecision DayDecider::decide(Day day) const {
  static std::atomic<unsigned> counter{0};
  WorkFiles work{std::filesystem::path(work_dir_) /
                 ("decide-" + std::to_string(getpid()) + "-" + std::to_string(counter++))};
  std::filesystem::create_directories(work.dir);
  const std::string exported = (work.dir / "store.h5").string();
  const std::string replayed = (work.dir / "replay.h5").string();

  const ExportSummary summary = export_recording(config_, store_dir_, exported, export_options(scenario_));
  if (summary.athletes == 0) throw std::invalid_argument("the store holds no readings yet");

  ReplayRequest request;
  request.path = exported;
  request.to = day;
  const ReplayPlan plan = plan_replay(request);
  if (plan.from > day) throw std::invalid_argument("the store's first readings are after " + format_date(day));
  Simulation sim(plan.run);
  const ReplayGraph graph = build_replay(plan, sim);
  season::SeasonRecorder recorder(replayed, RecordingInfo{"preseason live", "decision of " + format_date(day)},
                                  plan.layout, plan.all, plan.scenario.policy.name);
  sim.set_sink(&recorder);
  sim.run();
  recorder.finish();

  DayDecision decision;
  decision.day = day;
  decision.through_sequence = summary.last_sequence;
  const RecordingReader rec(replayed);
  const RecordingReader inputs(exported);
  for (const std::string& athlete : plan.ids) {
    decision.recommendations.push_back(recommendation_of(rec, athlete, day));
    decision.history[athlete] = history_of(inputs, rec, athlete, day);
    add_actions(rec, athlete, day, decision.actions);
  }
  return decision;
}

}  // namespace preseason::live
