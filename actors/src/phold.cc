#include "actors/phold.h"

namespace preseason {

void PholdActor::start(Context& ctx) {
  for (std::uint32_t i = 0; i < params_.events_per_actor; ++i) {
    const PholdStep s = phold_step(ctx.rng(), params_);
    ctx.send(s.target, ctx.now() + s.delay, kHop);
  }
}

void PholdActor::handle(const Event& event, Context& ctx) {
  ++handled_;
  const PholdStep s = phold_step(ctx.rng(), params_);
  ctx.send(s.target, ctx.now() + s.delay, kHop, Payload{static_cast<double>(handled_)});
  ctx.emit(kHop, Payload{static_cast<double>(event.source()), static_cast<double>(s.target),
                         static_cast<double>(s.delay)});
}

}  // namespace preseason
