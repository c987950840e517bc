#include "actors/season/pipeline_actor.h"

#include <cmath>
#include <limits>

#include "actors/season/plan_codec.h"
#include "actors/season/reading_inputs.h"
#include "actors/season/season_kinds.h"

namespace preseason::season {

namespace {

constexpr std::int8_t kNoSource = std::numeric_limits<std::int8_t>::max();

const std::shared_ptr<const std::string>& as_planned() {
  static const auto note = std::make_shared<const std::string>("as planned");
  return note;
}

}  // namespace

PipelineActor::DayInputs::DayInputs() {
  values.fill(std::numeric_limits<double>::quiet_NaN());
  priority.fill(kNoSource);
}

void PipelineActor::start(Context& ctx) {
  features_ = AthleteFeatures(setup_.features);
  features_.reserve(static_cast<std::size_t>(setup_.last_day - setup_.first_day + 1));
  selection_ = SquadSelection(setup_.roles, setup_.templates, ctx.rng());
  closed_through_ = setup_.first_day - 1;
  ctx.send(id(), at(setup_.first_day, Phase::kDecision), kDecide);
}

void PipelineActor::handle(const Event& event, Context& ctx) {
  switch (event.kind) {
    case kPlanWeek:
      for (const PlannedDay& d : decode_plan(*event.payload.batch)) plan_[d.day] = d;
      return;
    case kReadings: return take_readings(*event.payload.batch);
    case kDecide: return decide(ctx);
  }
}

DailyInput PipelineActor::input_of(const DayInputs& d) const {
  DailyInput in;
  in.day = d.day;
  in.values = d.values;
  return in;
}

void PipelineActor::take_readings(const SampleBatch& batch) {
  for (const Sample& s : batch) {
    ++counts_.readings;
    const auto mapping = input_for(static_cast<Field>(s.channel));
    if (!mapping) continue;
    const Day day = day_of(s.time);
    if (day < setup_.first_day || day < closed_through_ + 1 - kCorrectionDays) {
      ++counts_.too_late;
      continue;
    }
    DayInputs& d = days_[day];
    d.day = day;
    const std::size_t k = index(mapping->input);
    const double v = mapping->convert(s.value);
    if (mapping->summed) {
      d.values[k] = std::isnan(d.values[k]) ? v : d.values[k] + v;
      d.priority[k] = 0;
    } else if (mapping->priority <= d.priority[k]) {
      d.values[k] = v;
      d.priority[k] = static_cast<std::int8_t>(mapping->priority);
    }
    if (day <= closed_through_) {
      ++counts_.late_readings;
      features_.update(input_of(d));
    }
  }
}

void PipelineActor::close_days_before(Day today) {
  for (Day day = closed_through_ + 1; day < today; ++day) {
    DayInputs& d = days_[day];
    d.day = day;
    features_.update(input_of(d));
  }
  closed_through_ = std::max(closed_through_, today - 1);
  days_.erase(days_.begin(), days_.lower_bound(closed_through_ + 1 - kCorrectionDays));
}

void PipelineActor::decide(Context& ctx) {
  const Day today = day_of(ctx.now());
  close_days_before(today);
  const auto planned = plan_.find(today);
  if (planned != plan_.end()) {
    DayInputs& d = days_[today];
    d.day = today;
    d.values[index(Input::kTravel)] = std::abs(planned->second.tz_shift_h);

    PolicyInput in;
    in.planned = selection_.session_for(planned->second, ctx.rng());
    if (!features_.empty() && features_.last_day() == today - 1) in.yesterday = &features_.at(today - 1);
    const Decision decision = setup_.policy->decide(in);
    ctx.emit(kDecisionRecord,
             Payload{in.planned.minutes, decision.session.minutes, in.planned.rpe,
                     static_cast<double>(decision.adjustment)},
             decision.adjustment == Adjustment::kKeep ? as_planned()
                                                      : std::make_shared<const std::string>(decision.reason));
    const Session& s = decision.session;
    if (!s.is_rest()) {
      ctx.send(setup_.athlete, at(today, s.is_match() ? Phase::kMatch : Phase::kTraining), kSession,
               Payload{static_cast<double>(s.type), s.minutes, s.rpe, s.intensity});
    }
    if (planned->second.tz_shift_h != 0)
      ctx.send(setup_.athlete, at(today, Phase::kMatch) + 4 * kHour, kTravel, Payload{planned->second.tz_shift_h});
    plan_.erase(plan_.begin(), std::next(planned));
  }
  if (today < setup_.last_day) ctx.send(id(), at(today + 1, Phase::kDecision), kDecide);
}

}  // namespace preseason::season
