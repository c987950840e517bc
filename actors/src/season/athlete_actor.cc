#include "actors/season/athlete_actor.h"

#include <algorithm>
#include <tuple>

#include "actors/season/season_kinds.h"
#include "engine/prefetch.h"

namespace preseason::season {

namespace {

Time next_poll(Time t, Time period) { return (t + period - 1) / period * period; }

Session session_from(const Payload& p) {
  Session s;
  s.type = static_cast<SessionType>(static_cast<int>(p[0]));
  s.minutes = p[1];
  s.rpe = p[2];
  s.intensity = p[3];
  return s;
}

}  // namespace

void AthleteActor::start(Context& ctx) {
  Rng& rng = ctx.rng();
  athlete_ = Athlete(setup_.params, setup_.first_day, rng);
  const WornDevices& d = setup_.devices;
  if (d.ring) ring_.emplace(*d.ring, rng);
  if (d.strap) strap_.emplace(*d.strap, rng);
  if (d.watch) watch_.emplace(*d.watch, rng);
  if (d.gps) gps_.emplace(*d.gps, rng);
  if (d.wellness_app) app_.emplace(*d.wellness_app, rng);
  if (d.environment) environment_.emplace(*d.environment, rng);
  ctx.send(id(), at(setup_.first_day, Phase::kMorning), kDay);
}

// The physiology and the devices live in the actor itself; readings_ keeps its room.
void AthleteActor::warm() const {
  prefetch_bytes(this, sizeof(*this));
  prefetch_bytes(readings_.data(), readings_.capacity() * sizeof(Reading));
}

void AthleteActor::handle(const Event& event, Context& ctx) {
  switch (event.kind) {
    case kDay: return wake(ctx);
    case kSession: return perform(session_from(event.payload), ctx);
    case kTravel: tonight_.tz_shift_h += event.payload[0]; return;
  }
}

void AthleteActor::wake(Context& ctx) {
  Rng& rng = ctx.rng();
  const Day today = day_of(ctx.now());
  if (today > setup_.first_day) {
    if (strap_) strap_->end_of_day(today - 1, athlete_.today_load(), rng, readings_);
    athlete_.end_of_day(tonight_, rng);
    tonight_ = DayContext{};
  }
  const MorningState m = athlete_.morning(rng);
  performance_ = m.performance;
  report_availability(ctx);
  if (ring_) ring_->morning(m, rng, readings_);
  if (strap_) strap_->morning(m, rng, readings_);
  if (watch_) watch_->morning(m, rng, readings_);
  if (app_) app_->morning(m, rng, readings_);
  if (environment_) environment_->morning(today, rng, readings_);
  ctx.emit(kTruthRecord, Payload{m.performance, m.relative_fatigue, m.ln_rmssd, m.sleep.total_h});
  upload(ctx);
  if (today < setup_.last_day) ctx.send(id(), at(today + 1, Phase::kMorning), kDay);
}

void AthleteActor::report_availability(Context& ctx) {
  const Availability now = athlete_.availability();
  if (now.ill && !was_.ill) ctx.emit(kIllnessRecord, Payload{static_cast<double>(now.days_out)});
  if (now.overreached && !was_.overreached) ctx.emit(kOverreachingRecord, Payload{athlete_.relative_fatigue()});
  ctx.emit(kAvailabilityRecord, Payload{now.can_train() ? 1.0 : 0.0, now.injured ? 1.0 : 0.0, now.ill ? 1.0 : 0.0,
                                        now.overreached ? 1.0 : 0.0});
  was_ = now;
}

void AthleteActor::perform(const Session& session, Context& ctx) {
  Rng& rng = ctx.rng();
  const SessionOutcome o = athlete_.train(session, rng);
  if (o.minutes <= 0) return;
  const Time end = ctx.now() + static_cast<Time>(o.minutes * kMinute);
  ctx.emit(kSessionRecord, Payload{static_cast<double>(o.type), o.minutes, o.rpe, o.srpe_load});
  ctx.emit(kExternalLoadRecord,
           Payload{o.external.distance_m, o.external.high_speed_m, o.external.sprint_m, o.external.accelerations});
  if (session.is_match()) ctx.emit(kMatchRecord, Payload{performance_, o.minutes});
  if (o.injured) {
    ctx.emit(kInjuryRecord, Payload{static_cast<double>(o.days_out), session.is_match() ? 1.0 : 0.0, o.minutes});
    // Reported on the day, as the recording's report_date says, long before the day closes.
    if (setup_.report_injuries)
      ctx.send(setup_.pipeline, ctx.now() + ctx.lookahead(), kInjuryReport,
               Payload{static_cast<double>(day_of(ctx.now()))});
  }
  if (session.is_match() && rng.bernoulli(setup_.post_match_alcohol_probability))
    tonight_.alcohol_units = setup_.post_match_alcohol_units.draw(rng);
  if (gps_) gps_->session(end, o, rng, readings_);
  if (watch_) watch_->session(end, o, rng, readings_);
  if (app_) app_->session(end, o, rng, readings_);
  upload(ctx);
}

void AthleteActor::upload(Context& ctx) {
  if (readings_.empty()) return;
  const Time earliest = ctx.now() + ctx.lookahead();
  // A reading reaches the pipeline at the first ingest poll after its upload; that poll
  // time is what the recording keeps as `uploaded`, and (poll, field, measured) is an
  // order a replay rebuilds from the recording alone.
  for (Reading& r : readings_) r.uploaded = next_poll(std::max(r.uploaded, earliest), setup_.ingest_period);
  std::sort(readings_.begin(), readings_.end(), [](const Reading& a, const Reading& b) {
    return std::tie(a.uploaded, a.field, a.measured) < std::tie(b.uploaded, b.field, b.measured);
  });
  std::size_t first = 0;
  while (first < readings_.size()) {
    const Time arrival = readings_[first].uploaded;
    std::size_t end = first;
    while (end < readings_.size() && readings_[end].uploaded == arrival) ++end;
    std::shared_ptr<SampleBatch> batch = batches_.take();
    batch->reserve(end - first);
    for (std::size_t i = first; i < end; ++i) {
      const Reading& r = readings_[i];
      batch->push_back(Sample{r.measured, static_cast<std::uint32_t>(r.field), r.value});
    }
    Payload p;
    p.batch = std::move(batch);
    // The record shares the pipeline's batch: one record per upload, not one per reading.
    if (ctx.wants(kReadingRecord)) {
      Payload recorded{static_cast<double>(arrival)};
      recorded.batch = p.batch;
      ctx.emit(kReadingRecord, std::move(recorded));
    }
    ctx.send(setup_.pipeline, arrival, kReadings, std::move(p));
    first = end;
  }
  readings_.clear();
}

}  // namespace preseason::season
