// The season calendar as an actor: plans the team's season at the start, then sends
// each week (Monday to Sunday) to every athlete's pipeline as one shared batch, kLead
// before the week begins, to arrive as it begins: the athletes' groups never wait on it.
#pragma once

#include <boost/serialization/vector.hpp>
#include <vector>

#include "actors/planner/planned_day.h"
#include "actors/planner/season_plan_params.h"
#include "engine/actor.h"
#include "engine/context.h"

namespace preseason::season {

class PlannerActor final : public StatefulActor<PlannerActor> {
 public:
  PlannerActor(ActorId id, SeasonPlanParams params, std::vector<ActorId> pipelines)
      : StatefulActor(id), params_(std::move(params)), pipelines_(std::move(pipelines)) {}
  // How long before its week a week's plan is sent: the least delay between the athletes'
  // groups, so a season may step this far at a time (season_graph.h).
  static constexpr Time kLead = 14 * kDay;

  const char* type() const override { return "planner"; }
  void start(Context& ctx) override;
  void handle(const Event& event, Context& ctx) override;

  const std::vector<PlannedDay>& plan() const { return plan_; }

  template <class Ar> void serialize(Ar& ar, unsigned) { ar & params_ & pipelines_ & plan_ & sent_through_; }

 private:
  // Sends every week that is due by now, then schedules the next release.
  void release(Context& ctx);
  void send_week(Context& ctx);

  SeasonPlanParams params_;
  std::vector<ActorId> pipelines_;
  std::vector<PlannedDay> plan_;
  Day sent_through_ = 0;
};

}  // namespace preseason::season
