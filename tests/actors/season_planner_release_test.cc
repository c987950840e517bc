#include <gtest/gtest.h>

#include <algorithm>
#include <utility>
#include <vector>

#include "actors/season/plan_codec.h"
#include "actors/season/planner_actor.h"
#include "actors/season/season_kinds.h"
#include "engine/simulation.h"

namespace preseason {
namespace {

// A pipeline stand-in: keeps when each week's plan arrived and which days it held.
class PlanInbox final : public StatefulActor<PlanInbox> {
 public:
  explicit PlanInbox(ActorId id) : StatefulActor(id) {}
  const char* type() const override { return "plan inbox"; }
  void handle(const Event& e, Context&) override {
    if (e.kind == season::kPlanWeek) weeks.emplace_back(e.time(), season::decode_plan(*e.payload.batch));
  }
  template <class Ar> void serialize(Ar&, unsigned) {}
  std::vector<std::pair<Time, std::vector<PlannedDay>>> weeks;
};

std::vector<std::pair<Time, std::vector<PlannedDay>>> released(Time group_lookahead, const SeasonPlanParams& p) {
  RunOptions o;
  o.threads = 2;
  o.lookahead = 15 * kMinute;
  o.group_lookahead = group_lookahead;
  o.start = start_of(p.season_start);
  o.end = start_of(p.season_end + 1);
  Simulation sim(o);
  sim.add(std::make_unique<season::PlannerActor>(0, p, std::vector<ActorId>{1, 2}));
  auto& inbox = sim.emplace<PlanInbox>(1);
  sim.emplace<PlanInbox>(2);
  sim.run();
  // Both pipelines get the same weeks at the same times.
  const auto& other = static_cast<PlanInbox*>(sim.find(2))->weeks;
  EXPECT_EQ(other.size(), inbox.weeks.size());
  for (std::size_t w = 0; w < std::min(other.size(), inbox.weeks.size()); ++w) {
    EXPECT_EQ(other[w].first, inbox.weeks[w].first);
    EXPECT_EQ(other[w].second.size(), inbox.weeks[w].second.size());
  }
  return inbox.weeks;
}

TEST(SeasonPlannerRelease, EachWeekArrivesByItsMondayAndTheFirstAtTheStart) {
  SeasonPlanParams p;
  p.season_start = parse_date("2025-07-01");  // a Tuesday
  p.season_end = parse_date("2025-09-28");    // a Sunday
  for (const Time lead : {Time{0}, 7 * kDay, season::PlannerActor::kLead}) {
    // Each week goes out two weeks before it begins whatever the step, so a week arrives
    // on its Monday with any step up to two weeks; the engine's check on sends between
    // groups would refuse a later release.
    const auto weeks = released(lead, p);
    ASSERT_EQ(weeks.size(), 13u) << lead;
    Day next = p.season_start;
    for (std::size_t w = 0; w < weeks.size(); ++w) {
      const auto& [arrival, days] = weeks[w];
      ASSERT_FALSE(days.empty());
      EXPECT_EQ(days.front().day, next) << w;
      EXPECT_EQ(weekday(days.back().day), 6) << w;  // through Sunday
      for (const PlannedDay& d : days) EXPECT_EQ(d.day, next++);
      const Time expected = w == 0 ? start_of(p.season_start) + 15 * kMinute : start_of(days.front().day);
      EXPECT_EQ(arrival, expected) << "week " << w << ", lead " << lead;
    }
    EXPECT_EQ(next, p.season_end + 1);
  }
}

}  // namespace
}  // namespace preseason
