// A decider that resumes its replay from the states earlier decisions saved decides
// every day as a fresh one that replays the whole store, also when readings arrive
// late (within the week, weeks back) and when a stream begins mid-season.
#include "live/day_decider.h"

#include <cmath>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "live/ingest_log.h"
#include "live/live_config_loader.h"
#include "live/live_scenario.h"
#include "scratch_dir.h"

namespace preseason::live {
namespace {

namespace fs = std::filesystem;

const Day kStart = days_from_civil(2025, 7, 7);
constexpr int kDays = 50;

std::string config_text() {
  const std::string model = std::string(PRESEASON_SOURCE_DIR) + "/scenarios/models/season-25.lstm";
  return "name: resume\nseed: 5\n"
         "season: {start: 2025-07-07, end: 2025-10-26, preseason_weeks: 3, preseason_first_friendly_week: 2}\n"
         "policy: {name: lstm_risk}\n"
         "predictor: " + model + "\n"
         "rules:\n"
         "  - {name: acwr-spike, when: acwr_ewma > 1.3, hold_days: 2, cooldown_days: 7, approval: coach,\n"
         "     actions: [{kind: calendar, sessions: 1, replace_with: recovery}, {kind: physio, message: spike}]}\n"
         "  - {name: heavy, when: ewma_acute > 1.2 * ewma_chronic, hold_days: 1, cooldown_days: 5,\n"
         "     actions: [{kind: meal, energy_percent: 10, carbohydrate_g_per_kg: 1, days: 3}]}\n"
         "coach: {acceptance: 0.7}\n"
         "live:\n"
         "  squad:\n"
         "    - {id: a01, devices: [{id: ring-a01, vendor: ring}]}\n"
         "    - {id: a02, devices: [{id: ring-a02, vendor: ring}]}\n"
         "  principals:\n"
         "    - {name: coach, role: coach, token_sha256: " + std::string(64, 'a') + "}\n";
}

bool same(double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; }

void expect_same_features(const std::map<std::string, double>& a, const std::map<std::string, double>& b,
                          const std::string& where) {
  ASSERT_EQ(a.size(), b.size()) << where;
  for (const auto& [name, v] : a) EXPECT_TRUE(same(v, b.at(name))) << where << " " << name << ": " << v << " vs " << b.at(name);
}

void expect_same(const DayDecision& resumed, const DayDecision& fresh) {
  const std::string day = format_date(fresh.day);
  ASSERT_EQ(resumed.recommendations.size(), fresh.recommendations.size()) << day;
  for (std::size_t i = 0; i < fresh.recommendations.size(); ++i) {
    const Recommendation& r = resumed.recommendations[i];
    const Recommendation& f = fresh.recommendations[i];
    const std::string where = day + " " + f.athlete;
    EXPECT_EQ(r.athlete, f.athlete) << where;
    EXPECT_EQ(r.action, f.action) << where;
    EXPECT_EQ(r.reason, f.reason) << where;
    EXPECT_EQ(r.minutes, f.minutes) << where;
    EXPECT_EQ(r.planned_minutes, f.planned_minutes) << where;
    EXPECT_TRUE(same(r.risk, f.risk)) << where << ": " << r.risk << " vs " << f.risk;
    expect_same_features(r.features, f.features, where);
  }
  ASSERT_EQ(resumed.history.size(), fresh.history.size()) << day;
  for (const auto& [athlete, days] : fresh.history) {
    const std::vector<HistoryDay>& other = resumed.history.at(athlete);
    ASSERT_EQ(other.size(), days.size()) << day;
    for (std::size_t k = 0; k < days.size(); ++k) {
      const std::string where = day + " history " + athlete + " " + format_date(days[k].day);
      EXPECT_EQ(other[k].load, days[k].load) << where;
      EXPECT_TRUE(same(other[k].risk, days[k].risk)) << where;
      expect_same_features(other[k].features, days[k].features, where);
    }
  }
  ASSERT_EQ(resumed.actions.size(), fresh.actions.size()) << day;
  for (std::size_t i = 0; i < fresh.actions.size(); ++i) {
    EXPECT_EQ(resumed.actions[i].idempotency_key, fresh.actions[i].idempotency_key) << day;
    EXPECT_EQ(resumed.actions[i].status, fresh.actions[i].status) << day;
    EXPECT_EQ(resumed.actions[i].payload, fresh.actions[i].payload) << day;
  }
}

class Squad {
 public:
  explicit Squad(const std::string& store) : log_(store) {}

  void morning(Day d, int k) {
    IngestBatch b;
    for (const char* a : {"a01", "a02"}) {
      const double shift = a[2] == '1' ? 0.0 : 0.3;
      b.readings.push_back({a, std::string("ring-") + a, "ln_rmssd", start_of(d) + 6 * kHour + 30 * kMinute,
                            4.2 + shift - 0.03 * (k % 9), "ln_ms"});
      Submission w;
      w.athlete = a;
      w.measured = start_of(d) + 7 * kHour;
      w.items = {{"fatigue", 1 + k % 5}, {"mood", 5 - k % 4}};
      b.submissions.push_back(w);
    }
    append(b);
  }

  void evening(Day d, int k) {
    if (k % 7 == 6) return;
    IngestBatch b;
    for (const char* a : {"a01", "a02"}) {
      Submission s;
      s.athlete = a;
      s.kind = SubmissionKind::kSessionRpe;
      s.measured = start_of(d) + 18 * kHour;
      s.rpe = k >= 30 && k < 40 ? 8 : 5;
      s.minutes = (55 + (k * 7) % 20 + (a[2] == '2' ? 10 : 0)) * (k >= 30 && k < 40 ? 2 : 1);
      b.submissions.push_back(s);
    }
    append(b);
  }

  void reading(const std::string& athlete, const std::string& metric, Time measured, double value, const char* unit) {
    IngestBatch b;
    b.readings.push_back({athlete, "ring-" + athlete, metric, measured, value, unit});
    append(b);
  }

 private:
  void append(const IngestBatch& b) {
    ASSERT_EQ(log_.append("test", "k" + std::to_string(++key_), b, ++received_).kind, AppendOutcome::kAppended);
  }
  IngestLog log_;
  int key_ = 0;
  Time received_ = start_of(kStart + 400);
};

TEST(DayDeciderTest, ResumingDecidesEveryDayAsAFullReplayDoes) {
  const fs::path dir = fs::path(testing::scratch_dir() + "decider");
  fs::remove_all(dir);
  fs::create_directories(dir / "store");
  const std::string path = (dir / "live.yaml").string();
  std::ofstream(path) << config_text();
  const LiveConfig config = load_live_config(path);
  const Scenario scenario = *load_live_scenario(path);
  const std::string store = (dir / "store").string();

  Squad squad(store);
  DayDecider resumed(config, scenario, store);
  int compared = 0;
  for (int k = 0; k < kDays; ++k) {
    const Day d = kStart + k;
    squad.morning(d, k);
    if (k == 23) squad.reading("a01", "ln_rmssd", start_of(d - 2) + 20 * kHour, 3.1, "ln_ms");  // same week
    if (k == 31) squad.reading("a02", "ln_rmssd", start_of(d - 16) + 21 * kHour, 3.0, "ln_ms");  // weeks back
    if (k == 38) squad.reading("a01", "resting_hr", start_of(d) + 6 * kHour, 48, "bpm");  // a new stream
    if (k >= 7) {
      const DayDecision r = resumed.decide(d);
      const DayDecision f = DayDecider(config, scenario, store).decide(d);
      expect_same(r, f);
      ++compared;
      if (k == 40) expect_same(resumed.recompute(d - 12), DayDecider(config, scenario, store).decide(d - 12));
      if (k == 45) {
        DayDecider prepared(config, scenario, store);
        prepared.prepare();
        expect_same(prepared.decide(d), f);
        EXPECT_EQ(prepared.full_replays(), 1u) << "the decision after prepare resumes";
      }
    }
    squad.evening(d, k);
  }
  EXPECT_EQ(compared, kDays - 7);
  // Only the first decision and the one after the new stream replayed the store whole; the
  // late readings and the look at an earlier day resumed from saved states.
  EXPECT_EQ(resumed.full_replays(), 2u);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace preseason::live
