#include "engine/shard.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

#include <fmt/format.h>

namespace preseason {

namespace {
constexpr std::uint32_t kNoQueue = std::numeric_limits<std::uint32_t>::max();
}  // namespace

Time Context::lookahead() const { return shard_->lookahead_; }

Time Context::group_lookahead() const { return shard_->group_lookahead_; }

void Context::send(ActorId target, Time at, EventKind kind, Payload payload, std::int32_t priority) {
  shard_->post(*actor_, current_, target, at, kind, std::move(payload), priority);
}

bool Context::wants(EventKind kind) const {
  return (kind < shard_->recorded_.size() && shard_->recorded_[kind]) ||
         (kind < shard_->taking_.size() && !shard_->taking_[kind].empty());
}

void Context::emit(EventKind kind, Payload payload, std::shared_ptr<const std::string> note) {
  if (kind < shard_->taking_.size())
    for (ActorSink* s : shard_->taking_[kind]) s->take(current_.time, actor_->id(), kind, payload, note.get());
  if (kind < shard_->recorded_.size() && shard_->recorded_[kind])
    shard_->records_.push_back(Record{current_.time, actor_->id(), kind, std::move(payload), std::move(note)});
}

Shard::Shard(std::uint32_t index, const std::vector<Actor*>& actors, const std::vector<std::uint32_t>& host_of,
             const std::vector<std::uint32_t>& group_of, Time lookahead, Time group_lookahead,
             const std::vector<bool>& recorded, const std::vector<std::vector<ActorSink*>>& taking)
    : index_(index),
      actors_(actors),
      host_of_(host_of),
      group_of_(group_of),
      lookahead_(lookahead),
      group_lookahead_(group_lookahead),
      recorded_(recorded),
      taking_(taking) {}

void Shard::host(Actor* actor) {
  hosted_.push_back(actor);
  const std::uint32_t group = group_of_[actor->id()];
  if (queue_of_.size() <= group) queue_of_.resize(group + 1, kNoQueue);
  if (queue_of_[group] == kNoQueue) {
    queue_of_[group] = queues_.add();
    members_.emplace_back();
  }
  members_[queue_of_[group]].push_back(actor);
}

void Shard::post(Actor& from, const EventKey& current, ActorId target, Time at, EventKind kind, Payload&& payload,
                 std::int32_t priority) {
  if (target >= actors_.size() || actors_[target] == nullptr)
    throw std::invalid_argument(fmt::format("sent event kind {} to unknown actor {}", kind, target));
  if (at < current.time)
    throw std::invalid_argument(fmt::format("scheduled event kind {} for actor {} in the past ({} < now {})", kind,
                                            target, format_time(at), format_time(current.time)));
  if (target != from.id() && at < current.time + lookahead_)
    throw std::invalid_argument(fmt::format(
        "sent event kind {} to actor {} after {} us, below the declared lookahead of {} us", kind, target,
        at - current.time, lookahead_));
  if (!starting_ && group_of_[target] != group_of_[from.id()] && at < current.time + group_lookahead_)
    throw std::invalid_argument(fmt::format(
        "sent event kind {} to actor {} of another group after {} us, below the declared group lookahead of {} us",
        kind, target, at - current.time, group_lookahead_));
  Event e{EventKey{at, at == current.time ? current.delta + 1 : 0, priority, target, from.id(), from.next_seq_++},
          kind, std::move(payload)};
  if (host_of_[target] == index_) {
    push(std::move(e));
  } else {
    outbox_.push_back(std::move(e));
  }
}

void Shard::push(Event&& e) {
  const std::uint32_t queue = queue_of(e.key.target);
  queues_.push(queue, std::move(e));
}

void Shard::deliver(std::vector<Event>& incoming) {
  for (Event& e : incoming) push(std::move(e));
  incoming.clear();
}

// Groups run one after another, so the failure a run reports is the earliest by key.
void Shard::fail(const Event& e, Actor* actor, const char* what) {
  if (!failure_ || e.key < failure_->key) failure_ = ActorFailure{e.key, e.kind, actor->id(), actor->type(), what};
}

void Shard::start(Time t) {
  std::sort(hosted_.begin(), hosted_.end(), [](Actor* a, Actor* b) { return a->id() < b->id(); });
  starting_ = true;
  for (Actor* a : hosted_) {
    const EventKey key{t, 0, INT32_MIN, a->id(), a->id(), 0};
    Context ctx(this, a, key);
    try {
      a->start(ctx);
    } catch (const std::exception& ex) {
      fail(Event{key, 0, {}}, a, ex.what());
      break;
    }
  }
  starting_ = false;
}

// A group whose actor failed is not filed again: its events stop there, while the other
// groups finish the step, so the earliest failure of the step is the one reported.
void Shard::run(StepBound bound) {
  while (const auto group = queues_.take_below(bound)) {
    if (const auto next = queues_.peek_below(bound))
      for (const Actor* a : members_[*next]) a->warm();
    if (run_group(queues_.queue(*group), bound)) queues_.put_back(*group);
  }
}

bool Shard::run_group(EventQueue& queue, StepBound bound) {
  while (!queue.empty() && below(queue.top(), bound)) {
    const Event e = queue.pop();
    fingerprint_.add(e);
    Actor* actor = actors_[e.key.target];
    Context ctx(this, actor, e.key);
    try {
      actor->handle(e, ctx);
    } catch (const std::exception& ex) {
      fail(e, actor, ex.what());
      return false;
    }
  }
  return true;
}

}  // namespace preseason
