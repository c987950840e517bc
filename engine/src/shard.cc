#include "engine/shard.h"

#include <algorithm>
#include <stdexcept>

#include <fmt/format.h>

namespace preseason {

Time Context::lookahead() const { return shard_->lookahead_; }

void Context::send(ActorId target, Time at, EventKind kind, Payload payload, std::int32_t priority) {
  shard_->post(*actor_, current_, target, at, kind, std::move(payload), priority);
}

bool Context::wants(EventKind kind) const { return kind < shard_->wanted_.size() && shard_->wanted_[kind]; }

void Context::emit(EventKind kind, Payload payload, std::shared_ptr<const std::string> note) {
  if (!wants(kind)) return;
  shard_->records_.push_back(
      Record{current_, emitted_++, current_.time, actor_->id(), kind, std::move(payload), std::move(note)});
}

Shard::Shard(std::uint32_t index, const std::vector<Actor*>& actors, const std::vector<std::uint32_t>& host_of,
             Time lookahead, const std::vector<bool>& wanted)
    : index_(index), actors_(actors), host_of_(host_of), lookahead_(lookahead), wanted_(wanted) {}

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
  Event e{EventKey{at, at == current.time ? current.delta + 1 : 0, priority, target, from.id(), from.next_seq_++},
          kind, std::move(payload)};
  if (host_of_[target] == index_) {
    push(std::move(e));
  } else {
    outbox_.push_back(std::move(e));
  }
}

void Shard::push(Event&& e) { queue_.push(std::move(e)); }

void Shard::deliver(std::vector<Event>& incoming) {
  for (Event& e : incoming) push(std::move(e));
  incoming.clear();
}

void Shard::fail(const Event& e, Actor* actor, const char* what) {
  failure_ = ActorFailure{e.key, e.kind, actor->id(), actor->type(), what};
}

void Shard::start(Time t) {
  std::sort(hosted_.begin(), hosted_.end(), [](Actor* a, Actor* b) { return a->id() < b->id(); });
  for (Actor* a : hosted_) {
    const EventKey key{t, 0, INT32_MIN, a->id(), a->id(), 0};
    Context ctx(this, a, key);
    try {
      a->start(ctx);
    } catch (const std::exception& ex) {
      fail(Event{key, 0, {}}, a, ex.what());
      return;
    }
  }
}

void Shard::run(StepBound bound) {
  while (!queue_.empty() && !failure_) {
    const EventKey& top = queue_.top();
    if (top.time > bound.time || (top.time == bound.time && top.delta >= bound.delta)) break;
    const Event e = queue_.pop();
    fingerprint_.add(e);
    Actor* actor = actors_[e.key.target];
    Context ctx(this, actor, e.key);
    try {
      actor->handle(e, ctx);
    } catch (const std::exception& ex) {
      fail(e, actor, ex.what());
    }
  }
}

}  // namespace preseason
