// The pipeline's automation: rules on each closed day, their actions, and the coach's
// review of what policies and rules propose. Every action and every review is recorded when a
// sink takes that kind: the JSON notes are built for no one otherwise.
#include <nlohmann/json.hpp>

#include "actors/automation/calendar_replacement.h"
#include "actors/season/pipeline_actor.h"
#include "actors/season/season_kinds.h"

namespace preseason::season {

namespace {

std::shared_ptr<const std::string> verdict_note(const CoachVerdict& v, const std::string& subject) {
  const nlohmann::json j = {{"who", v.who}, {"subject", subject}, {"what", v.what}, {"reason", v.reason}};
  return std::make_shared<const std::string>(j.dump());
}

}  // namespace

std::vector<Session> PipelineActor::plan_from(Day today) const {
  std::vector<Session> plan;
  for (const PlannedDay& d : plan_) {
    if (d.day < today) continue;
    if (d.day != today + static_cast<Day>(plan.size())) break;
    plan.push_back(d.session);
  }
  return plan;
}

void PipelineActor::run_rules(Day day, Context& ctx) {
  if (rules_.rules().empty()) return;
  const Day today = day + 1;
  for (const FiredRule& fired : rules_.update(features_.at(day), risk_)) {
    for (const ActionPayload& action : action_payloads(setup_.athlete_id, fired)) {
      ActionStatus status = ActionStatus::kDone;
      if (action.approval != Approval::kNone) {
        const CoachVerdict verdict =
            setup_.coach ? setup_.coach->review(action, CoachContext{today, plan_from(today)}, ctx.rng())
                         : CoachVerdict{true, "coach model", action.action.summary(), "accepted"};
        status = verdict.accepted ? ActionStatus::kApproved : ActionStatus::kDeclined;
        if (ctx.wants(kCoachRecord))
          ctx.emit(kCoachRecord, Payload{static_cast<double>(CoachSubject::kAction), verdict.accepted ? 1.0 : 0.0},
                   verdict_note(verdict, "rule " + action.rule));
      }
      if (status != ActionStatus::kDeclined) carry_out(action, today);
      if (ctx.wants(kActionRecord))
        ctx.emit(kActionRecord,
                 Payload{static_cast<double>(action.action.kind), static_cast<double>(action.approval),
                         static_cast<double>(status), static_cast<double>(fired.priority)},
                 std::make_shared<const std::string>(action.to_json().dump()));
    }
  }
}

void PipelineActor::carry_out(const ActionPayload& action, Day today) {
  // Meal, physio and webhook actions leave the athlete's plan alone: in simulate and
  // replay their record is the delivery.
  if (action.action.kind != ActionKind::kCalendar) return;
  Decision d{replacement_session(action.action, setup_.templates), Adjustment::kRecovery,
             "rule '" + action.rule + "': " + action.reason};
  if (d.session.is_rest()) d.adjustment = Adjustment::kRest;
  for (std::size_t k : sessions_to_replace(action.action, plan_from(today)))
    replaced_[today + static_cast<Day>(k)] = Replacement{d};
}

Decision PipelineActor::decide_today(const PolicyInput& in, Day today, Context& ctx) {
  while (!replaced_.empty() && replaced_.begin()->first < today) replaced_.erase(replaced_.begin());
  if (!replaced_.empty() && replaced_.begin()->first == today && !in.planned.is_match() && !in.planned.is_rest())
    return replaced_.begin()->second.decision;
  return review(setup_.policy->decide(in), in.planned, today, ctx);
}

Decision PipelineActor::review(const Decision& proposal, const Session& planned, Day today, Context& ctx) {
  if (!setup_.coach || proposal.adjustment == Adjustment::kKeep) return proposal;
  CoachContext context{today, {planned}};
  for (const Session& s : plan_from(today + 1)) context.plan.push_back(s);
  const CoachVerdict verdict = setup_.coach->review(proposal, context, ctx.rng());
  if (ctx.wants(kCoachRecord))
    ctx.emit(kCoachRecord, Payload{static_cast<double>(CoachSubject::kSession), verdict.accepted ? 1.0 : 0.0},
             verdict_note(verdict, std::string("policy ") + setup_.policy->name()));
  if (verdict.accepted) return proposal;
  return Decision{planned, Adjustment::kKeep, "coach kept the plan: " + verdict.reason};
}

}  // namespace preseason::season
