// PHOLD, the classic parallel discrete-event benchmark: every actor holds events;
// each handled event schedules one new event for a uniformly random actor a
// uniformly random delay in [L, 2L) later, L being the declared lookahead.
#pragma once

#include "engine/actor.h"
#include "engine/context.h"

namespace preseason {

struct PholdParams {
  std::uint32_t actors = 1000;
  std::uint32_t events_per_actor = 1;
  Time lookahead = kMillisecond;
};

// The handler's arithmetic, shared by the engine actor and the bare-loop baseline.
struct PholdStep {
  ActorId target;
  Time delay;
};
inline PholdStep phold_step(Rng& rng, const PholdParams& p) {
  const auto target = static_cast<ActorId>(rng.below(p.actors));
  const Time delay = p.lookahead + static_cast<Time>(rng.below(static_cast<std::uint64_t>(p.lookahead)));
  return {target, delay};
}

class PholdActor final : public StatefulActor<PholdActor> {
 public:
  static constexpr EventKind kHop = 1;
  PholdActor(ActorId id, const PholdParams& params) : StatefulActor(id), params_(params) {}
  const char* type() const override { return "phold"; }
  void start(Context& ctx) override;
  void handle(const Event& event, Context& ctx) override;
  std::uint64_t handled() const { return handled_; }

  template <class Archive> void serialize(Archive& ar, unsigned) { ar & handled_; }

 private:
  PholdParams params_;
  std::uint64_t handled_ = 0;
};

}  // namespace preseason
