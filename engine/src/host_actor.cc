#include "host_actor.h"

namespace preseason {

caf::behavior host_actor(caf::event_based_actor* self, Shard* shard, std::vector<Event>* inbox,
                         caf::actor coordinator) {
  return {
      [=](start_atom, Time t) {
        shard->start(t);
        self->send(coordinator, done_atom::value, shard->index());
      },
      [=](step_atom, Time time, std::uint32_t delta) {
        shard->deliver(*inbox);
        shard->run(StepBound{time, delta});
        self->send(coordinator, done_atom::value, shard->index());
      },
  };
}

}  // namespace preseason
