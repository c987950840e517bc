#include "coordinator.h"

#include <algorithm>
#include <fmt/format.h>

namespace preseason {

namespace {

struct NextKey {
  Time time = std::numeric_limits<Time>::max();
  std::uint32_t delta = 0;
  bool operator<(const NextKey& o) const { return time < o.time || (time == o.time && delta < o.delta); }
};

std::string describe(const ActorFailure& f) {
  return fmt::format("actor {} ({}) failed at {} handling event kind {} from actor {}: {}", f.actor, f.type,
                     format_time(f.key.time), f.kind, f.key.source, f.what);
}

}  // namespace

Coordinator::Coordinator(const RunOptions& options, Time stop, Time resume, std::vector<Shard>& shards,
                         std::vector<std::vector<Event>>& inboxes, const std::vector<std::uint32_t>& host_of,
                         RecordSink* sink, Clock& clock)
    : options_(options),
      stop_(std::min(stop, options.end)),
      resume_(resume),
      shards_(shards),
      inboxes_(inboxes),
      host_of_(host_of),
      sink_(sink),
      clock_(clock),
      grouper_(host_of.size()) {
  // A paced run's records are due when its step ends, and one thread means one core.
  if (sink && options.threads > 1 && !clock.paced()) sink_thread_ = std::make_unique<SinkThread>(*sink, host_of.size());
}

void Coordinator::raise(const std::optional<ActorFailure>& failure) {
  if (failure) throw RunError(describe(*failure), failure->actor, failure->key.time);
}

void Coordinator::finish_step() {
  const ActorFailure* first = nullptr;
  for (const Shard& s : shards_)
    if (s.failure() && (!first || s.failure()->key < first->key)) first = &*s.failure();
  if (first) raise(*first);
  if (!sink_) return;
  taken_.resize(shards_.size());
  for (std::size_t i = 0; i < shards_.size(); ++i) {
    taken_[i].swap(shards_[i].records());
    taken_any_ |= !taken_[i].empty();
  }
  // A paced step may wait on the wall clock before it opens; what it recorded is due now.
  if (clock_.paced()) write_records();
}

void Coordinator::write_records() {
  if (!taken_any_) return;
  taken_any_ = false;
  if (sink_thread_) {
    sink_thread_->hand(taken_);
    return;
  }
  sink_->write(grouper_.group(taken_));
  grouper_.release();
}

bool Coordinator::open_step(StepBound& bound, std::vector<std::uint32_t>& active) {
  NextKey next;
  for (Shard& s : shards_) {
    for (Event& e : s.outbox()) {
      next = std::min(next, NextKey{e.key.time, e.key.delta});
      inboxes_[host_of_[e.key.target]].push_back(std::move(e));
    }
    s.outbox().clear();
    if (!s.idle()) next = std::min(next, NextKey{s.next().time, s.next().delta});
  }
  if (next.time == std::numeric_limits<Time>::max() || next.time >= stop_) {
    write_records();
    if (sink_thread_) sink_thread_->drain();
    return false;
  }

  const Time window = options_.window();
  const bool windowed = window > 0 && !clock_.paced();
  if (!begun_) {
    clock_.begin(resume_);
    begun_ = true;
  }
  bound = windowed ? StepBound{std::min(next.time + window, stop_), 0}
                   : StepBound{next.time, next.delta + 1};
  clock_.wait_until(next.time);
  active.clear();
  for (std::uint32_t h = 0; h < shards_.size(); ++h) {
    if (!inboxes_[h].empty() || (!shards_[h].idle() && below(shards_[h].next(), bound))) active.push_back(h);
  }
  ++stats_.steps;
  stats_.final_time = next.time;
  return true;
}

}  // namespace preseason
