#include "actors/season/pipeline_actor.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "actors/season/calendar_record.h"
#include "actors/season/decisions_fingerprint.h"
#include "actors/season/fused_scores.h"
#include "actors/season/plan_codec.h"
#include "actors/season/reading_channels.h"
#include "actors/season/recording_feed.h"
#include "actors/season/season_kinds.h"
#include "engine/event_digest.h"
#include "engine/prefetch.h"

namespace preseason::season {

namespace {

constexpr std::int8_t kNoSource = std::numeric_limits<std::int8_t>::max();
// The pipeline serves one athlete, so its normalizer's streams need no athlete name.
const std::string kSelf;

const std::shared_ptr<const std::string>& as_planned() {
  static const auto note = std::make_shared<const std::string>("as planned");
  return note;
}

}  // namespace

PipelineActor::DayInputs::DayInputs() {
  values.fill(std::numeric_limits<double>::quiet_NaN());
  priority.fill(kNoSource);
}

void PipelineActor::set_mapping(const VendorMapping* mapping) {
  setup_.mapping = mapping;
  routes_ = mapping ? FieldRoutes(*mapping) : FieldRoutes();
  score_refs_ = {};
  if (mapping) scores_.set_mapping(*mapping);
}

void PipelineActor::start(Context& ctx) {
  features_ = AthleteFeatures(setup_.features, static_cast<std::size_t>(kCorrectionDays));
  features_.reserve(static_cast<std::size_t>(setup_.last_day - setup_.first_day + 1));
  // Allocated now, while the heap is young: before an allocation this large glibc merges
  // every small freed block, and mid-season there are tens of thousands of them.
  late_days_.reserve(kCorrectionDays);
  late_pointers_.reserve(kCorrectionDays);
  selection_ = SquadSelection(setup_.roles, setup_.templates, ctx.rng());
  closed_through_ = setup_.first_day - 1;
  if (setup_.predictor) risk_state_ = setup_.predictor->initial_state();
  ctx.send(id(), at(setup_.first_day, Phase::kDecision), kDecide);
}

void PipelineActor::handle(const Event& event, Context& ctx) {
  switch (event.kind) {
    case kPlanWeek:
      for (const PlannedDay& d : decode_plan(*event.payload.batch))
        if (plan_.empty() || d.day > plan_.back().day) plan_.push_back(d);
      return;
    case kReadings: return take_readings(*event.payload.batch);
    case kDecide: return decide(ctx);
    case kInjuryReport: return injuries_.report(static_cast<Day>(event.payload[0]));
  }
}

PipelineActor::DayInputs& PipelineActor::slot(Day day) {
  DayInputs& d = days_[slot_index(day)];
  if (d.day != day) {
    d = DayInputs{};
    d.day = day;
  }
  return d;
}

DailyInput PipelineActor::input_of(const DayInputs& d) {
  DailyInput in;
  in.day = d.day;
  in.values = d.values;
  return in;
}

void PipelineActor::report(const FeatureUpdate& update, bool late, Context& ctx) {
  const bool records = ctx.wants(kFeatureRecord), digests = ctx.wants(kFeatureDigest);
  if (!records && !digests) return;
  std::array<double, kFeatureCount + kFusedGroups.size()> values;
  for (Day day = update.from; day <= update.to; ++day) {
    const FeatureRecord& r = features_.at(day);
    std::copy(r.values.begin(), r.values.end(), values.begin());
    for (std::size_t g = 0; g < kFusedGroups.size(); ++g)
      values[kFeatureCount + g] = scores_.fused_z(kSelf, kFusedGroups[g], day);
    Payload p{static_cast<double>(day), late ? 1.0 : 0.0};
    if (digests) {
      EventDigest d(decisions_key(ctx.now(), setup_.index), kFeatureRecord, p.values);
      for (std::size_t c = 0; c < values.size(); ++c) d.add(start_of(day), static_cast<std::uint32_t>(c), values[c]);
      ctx.emit(kFeatureDigest, feature_digest_payload(day, d.value()));
    }
    if (records) {
      std::shared_ptr<SampleBatch> batch = feature_batches_.take();
      batch->reserve(values.size());
      for (std::size_t c = 0; c < values.size(); ++c)
        batch->push_back(Sample{start_of(day), static_cast<std::uint32_t>(c), values[c]});
      p.batch = std::move(batch);
      ctx.emit(kFeatureRecord, std::move(p));
    }
  }
}

void PipelineActor::take_readings(const SampleBatch& batch) {
  for (const Sample& s : batch) {
    if (s.channel >= kRawStream) {
      ++counts_.raw_samples;
      continue;
    }
    ++counts_.readings;
    const Day day = day_of(s.time);
    const bool open = day >= setup_.first_day && day >= closed_through_ + 1 - kCorrectionDays &&
                      day < closed_through_ + 1 - kCorrectionDays + static_cast<Day>(kRingDays);
    bool changed = false;
    if (s.channel >= kDirectInput) {
      if (s.channel - kDirectInput >= kInputCount) {
        ++counts_.unmapped;
        continue;
      }
      if (!open) {
        ++counts_.too_late;
        continue;
      }
      const auto input = static_cast<Input>(s.channel - kDirectInput);
      changed = put_input(slot(day), InputRoute{input, 0, input == Input::kLoad}, s.value);
    } else if (s.channel >= static_cast<std::uint32_t>(kFieldCount) || !routes_[static_cast<Field>(s.channel)].spec) {
      ++counts_.unmapped;
      continue;
    } else {
      const FieldRoute& route = routes_[static_cast<Field>(s.channel)];
      if (!std::isfinite(s.value) || !route.spec->valid(s.value)) {
        ++counts_.out_of_range;
        continue;
      }
      if (!route.input && !route.scored) continue;
      if (!open) {
        ++counts_.too_late;
        continue;
      }
      changed = take_field(s, day);
    }
    if (changed && day <= closed_through_) {
      ++counts_.late_readings;
      dirty_from_ = std::min(dirty_from_, day);
    }
  }
}

bool PipelineActor::take_field(const Sample& s, Day day) {
  const auto field = static_cast<Field>(s.channel);
  const FieldRoute& route = routes_[field];
  bool changed = false;
  if (route.input) changed = put_input(slot(day), *route.input, route.spec->canonical(s.value));
  if (route.scored) {
    Normalizer::StreamRef& ref = score_refs_[s.channel];
    if (!ref.resolved()) ref = scores_.stream_ref(kSelf, routes_.vendor(field), routes_.field(field));
    changed |= scores_.ingest(ref, s.time, s.value).recomputed_to >= day;
  }
  return changed;
}

bool PipelineActor::put_input(DayInputs& d, const InputRoute& route, double v) {
  const std::size_t k = index(route.input);
  if (route.summed) {
    d.values[k] = std::isnan(d.values[k]) ? v : d.values[k] + v;
    d.priority[k] = 0;
    return true;
  }
  if (route.priority > d.priority[k]) return false;
  d.values[k] = v;
  d.priority[k] = static_cast<std::int8_t>(route.priority);
  return true;
}

void PipelineActor::apply_late_readings(Context& ctx) {
  if (dirty_from_ > closed_through_) return;
  late_days_.clear();
  for (Day day = dirty_from_; day <= closed_through_; ++day) late_days_.push_back(input_of(slot(day)));
  late_pointers_.clear();
  for (const DailyInput& d : late_days_) late_pointers_.push_back(&d);
  report(features_.update(late_pointers_), true, ctx);
  dirty_from_ = std::numeric_limits<Day>::max();
}

void PipelineActor::close_days_before(Day today, Context& ctx) {
  for (Day day = closed_through_ + 1; day < today; ++day) {
    report(features_.update(input_of(slot(day))), false, ctx);
    predict(day, ctx);
    run_rules(day, ctx);
  }
  closed_through_ = std::max(closed_through_, today - 1);
}

void PipelineActor::predict(Day day, Context& ctx) {
  if (!setup_.predictor) return;
  risk_ = setup_.predictor->step(features_.at(day), injuries_, risk_state_);
  ctx.emit(kPredictionRecord, Payload{static_cast<double>(day), risk_});
}

// What a step's first events read first: the actor's head, the next day's features and
// input slots, and the next planned day.
void PipelineActor::warm() const {
  prefetch_bytes(this, 256);
  features_.warm();
  if (!plan_.empty()) prefetch_bytes(&plan_.front(), sizeof(PlannedDay));
  for (Day day = closed_through_ + 1; day <= closed_through_ + 2; ++day)
    prefetch_bytes(&days_[slot_index(day)], sizeof(DayInputs));
}

void PipelineActor::decide(Context& ctx) {
  const Day today = day_of(ctx.now());
  apply_late_readings(ctx);
  close_days_before(today, ctx);
  while (!plan_.empty() && plan_.front().day < today) plan_.pop_front();
  if (!plan_.empty() && plan_.front().day == today) {
    const PlannedDay planned = plan_.front();
    plan_.pop_front();
    slot(today).values[index(Input::kTravel)] = std::abs(planned.tz_shift_h);

    PolicyInput in;
    in.planned = planned.individual ? planned.session : selection_.session_for(planned, ctx.rng());
    if (!features_.empty() && features_.last_day() == today - 1) {
      in.yesterday = &features_.at(today - 1);
      in.risk = risk_;
    }
    const Decision decision = decide_today(in, today, ctx);
    if (ctx.wants(kDecisionRecord))
      ctx.emit(kDecisionRecord,
               Payload{in.planned.minutes, decision.session.minutes, in.planned.rpe,
                       static_cast<double>(decision.adjustment)},
               decision.reason == *as_planned() ? as_planned() : std::make_shared<const std::string>(decision.reason));
    if (ctx.wants(kCalendarRecord)) {
      Payload day{static_cast<double>(today)};
      day.batch = std::make_shared<const SampleBatch>(encode_calendar_day(in.planned, decision.session));
      ctx.emit(kCalendarRecord, std::move(day),
               decision.reason == *as_planned() ? nullptr : std::make_shared<const std::string>(decision.reason));
    }
    const Session& s = decision.session;
    if (setup_.athlete != kNoAthlete && !s.is_rest()) {
      ctx.send(setup_.athlete, at(today, s.is_match() ? Phase::kMatch : Phase::kTraining), kSession,
               Payload{static_cast<double>(s.type), s.minutes, s.rpe, s.intensity});
    }
    if (setup_.athlete != kNoAthlete && planned.tz_shift_h != 0)
      ctx.send(setup_.athlete, at(today, Phase::kMatch) + 4 * kHour, kTravel, Payload{planned.tz_shift_h});
  }
  if (today < setup_.last_day) ctx.send(id(), at(today + 1, Phase::kDecision), kDecide);
}

}  // namespace preseason::season
