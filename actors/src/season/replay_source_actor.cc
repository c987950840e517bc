#include "actors/season/replay_source_actor.h"

#include <algorithm>
#include <boost/serialization/vector.hpp>
#include <future>

#include "actors/planner/season_plan_params.h"
#include "actors/season/plan_codec.h"
#include "actors/season/season_kinds.h"

namespace preseason::season {

void ReplaySourceActor::open() {
  if (setup_.reader) reader_ = setup_.reader;
  else if (setup_.contents) reader_ = std::make_shared<const RecordingReader>(setup_.contents);
  else reader_ = std::make_shared<const RecordingReader>(setup_.path);
  feed_ = setup_.feed ? setup_.feed : std::make_shared<const RecordingFeed>(read_feed(*reader_, setup_.athletes));
  raw_chunks_.assign(feed_->athletes.size(), {});
  for (std::size_t i = 0; i < feed_->athletes.size(); ++i) raw_chunks_[i].resize(feed_->athletes[i].raw.size());
}

void ReplaySourceActor::start(Context& ctx) {
  open();
  cursors_.assign(feed_->athletes.size(), 0);
  injuries_next_.assign(feed_->athletes.size(), 0);
  raw_next_.assign(feed_->athletes.size(), {});
  for (std::size_t i = 0; i < feed_->athletes.size(); ++i) {
    const AthleteFeed& a = feed_->athletes[i];
    for (const RawStream& s : a.raw) raw_next_[i].push_back(first_at_or_after(*reader_, a.id, s, start_of(setup_.from)));
  }
  const Time earliest = ctx.now() + ctx.lookahead();
  for (std::size_t i = 0; i < feed_->athletes.size(); ++i) {
    auto& deliveries = feed_->athletes[i].deliveries;
    while (cursors_[i] < deliveries.size() &&
           (deliveries[cursors_[i]].arrival < earliest || day_of(deliveries[cursors_[i]].samples->front().time) < setup_.from))
      ++cursors_[i];
  }
  sent_through_ = setup_.from - 1;
  release(ctx);
}

void ReplaySourceActor::handle(const Event& event, Context& ctx) {
  if (event.kind == kPlanTick) release(ctx);
}

Time ReplaySourceActor::release_of(Day from) const { return start_of(from) - setup_.release_ahead; }

// The weeks already due when the run starts go at once: what start() sends needs only the lookahead.
void ReplaySourceActor::release(Context& ctx) {
  while (sent_through_ < setup_.to && release_of(sent_through_ + 1) <= ctx.now()) send_week(ctx);
  if (sent_through_ < setup_.to) ctx.send(id(), release_of(sent_through_ + 1), kPlanTick);
}

Day ReplaySourceActor::week_end(Day from) const { return std::min(setup_.to, from + (6 - weekday(from))); }

void ReplaySourceActor::read_ahead(Day to) {
  ahead_ = std::async(std::launch::async, &ReplaySourceActor::read_raw_week, this, to, raw_next_);
}

ReplaySourceActor::RawWeek ReplaySourceActor::read_raw_week(Day to, std::vector<std::vector<std::size_t>> next) {
  RawWeek week;
  week.deliveries.resize(feed_->athletes.size());
  std::vector<std::vector<Delivery>> streams;
  for (std::size_t i = 0; i < feed_->athletes.size(); ++i) {
    const AthleteFeed& a = feed_->athletes[i];
    streams.clear();
    for (std::size_t k = 0; k < a.raw.size(); ++k) {
      streams.push_back(raw_deliveries(*reader_, a.id, a.raw[k], start_of(to + 1), next[i][k], raw_chunks_[i][k]));
      if (to >= setup_.to) raw_chunks_[i][k] = RawChunk{};
    }
    week.deliveries[i] = merge_by_arrival(streams);
  }
  week.next = std::move(next);
  return week;
}

void ReplaySourceActor::send_week(Context& ctx) {
  const Day from = sent_through_ + 1;
  if (from > setup_.to) return;
  if (!reader_) open();  // the state was loaded: the recording is opened again, the cursors kept
  const Day to = week_end(from);
  RawWeek raw;
  if (setup_.raw_streams) {
    if (!ahead_.valid()) read_ahead(to);
    raw = ahead_.get();
    raw_next_ = std::move(raw.next);
    if (to < setup_.to) read_ahead(week_end(to + 1));
  }
  // Deliveries before the lookahead after the week are ours: the next release cannot send
  // them, and the last week's take the run's last quarter hour. Nothing goes sooner than a
  // step after this week's release.
  const Time horizon = start_of(to + 1) + ctx.lookahead();
  const Time earliest = std::max(ctx.now() + ctx.lookahead(), release_of(from) + ctx.group_lookahead());

  std::vector<PlannedDay> week;
  for (const PlannedDay& d : feed_->calendar)
    if (d.day >= from && d.day <= to) week.push_back(d);
  Payload team;
  if (!week.empty()) team.batch = std::make_shared<const SampleBatch>(encode_plan(week));

  for (std::size_t i = 0; i < feed_->athletes.size(); ++i) {
    const ActorId pipeline = setup_.layout.pipeline(setup_.indexes[i]);
    const AthleteFeed& a = feed_->athletes[i];
    if (team.batch) ctx.send(pipeline, earliest, kPlanWeek, team);
    std::vector<PlannedDay> own;
    for (const PlannedDay& d : a.plan)
      if (d.day >= from && d.day <= to) own.push_back(d);
    if (!own.empty()) {
      Payload p;
      p.batch = std::make_shared<const SampleBatch>(encode_plan(own));
      ctx.send(pipeline, earliest, kPlanWeek, std::move(p));
    }
    for (; cursors_[i] < a.deliveries.size() && a.deliveries[cursors_[i]].arrival < horizon; ++cursors_[i]) {
      const Delivery& d = a.deliveries[cursors_[i]];
      Payload p;
      p.batch = d.samples;
      ctx.send(pipeline, d.arrival, kReadings, std::move(p));
    }
    if (setup_.injury_reports) send_injury_reports(i, to, earliest, ctx);
    if (i >= raw.deliveries.size()) continue;
    for (Delivery& d : raw.deliveries[i]) {
      Payload p;
      p.batch = std::move(d.samples);
      ctx.send(pipeline, std::max(d.arrival, earliest), kReadings, std::move(p));
    }
  }
  sent_through_ = to;
}

void ReplaySourceActor::send_injury_reports(std::size_t athlete, Day to, Time earliest, Context& ctx) {
  const std::vector<Time>& reports = feed_->athletes[athlete].injuries;
  const ActorId pipeline = setup_.layout.pipeline(setup_.indexes[athlete]);
  // As an athlete actor reports them: the lookahead after the recorded time.
  for (std::size_t& k = injuries_next_[athlete]; k < reports.size() && day_of(reports[k]) <= to; ++k)
    ctx.send(pipeline, std::max(reports[k] + ctx.lookahead(), earliest), kInjuryReport,
             Payload{static_cast<double>(day_of(reports[k]))});
}

}  // namespace preseason::season
