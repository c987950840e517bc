#include "actors/season/planner_actor.h"

#include <algorithm>

#include "actors/planner/season_planner.h"
#include "actors/season/plan_codec.h"
#include "actors/season/season_kinds.h"

namespace preseason::season {

void PlannerActor::start(Context& ctx) {
  plan_ = plan_season(params_, ctx.rng());
  if (ctx.wants(kPlanRecord)) {
    Payload p;
    p.batch = std::make_shared<const SampleBatch>(encode_plan(plan_));
    ctx.emit(kPlanRecord, std::move(p));
  }
  sent_through_ = params_.season_start - 1;
  release(ctx);
}

void PlannerActor::handle(const Event& event, Context& ctx) {
  if (event.kind == kPlanTick) release(ctx);
}

void PlannerActor::release(Context& ctx) {
  while (sent_through_ < params_.season_end && start_of(sent_through_ + 1) - kLead <= ctx.now()) send_week(ctx);
  if (sent_through_ < params_.season_end) ctx.send(id(), start_of(sent_through_ + 1) - kLead, kPlanTick);
}

void PlannerActor::send_week(Context& ctx) {
  const Day from = sent_through_ + 1;
  if (from > params_.season_end) return;
  // Up to and including the next Sunday.
  const Day to = std::min(params_.season_end, from + (6 - weekday(from)));
  std::vector<PlannedDay> week;
  for (const PlannedDay& d : plan_)
    if (d.day >= from && d.day <= to) week.push_back(d);
  Payload p;
  p.batch = std::make_shared<const SampleBatch>(encode_plan(week));
  // At the week's start; the weeks released when the run starts arrive a lookahead later.
  const Time arrival = std::max(start_of(from), ctx.now() + ctx.lookahead());
  for (ActorId pipeline : pipelines_) ctx.send(pipeline, arrival, kPlanWeek, p);
  sent_through_ = to;
}

}  // namespace preseason::season
