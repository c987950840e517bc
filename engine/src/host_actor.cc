#include "host_actor.h"

namespace preseason {

caf::behavior host_actor(caf::event_based_actor* self, Shard* shard, std::vector<Event>* inbox) {
  return {
      [=](start_atom, Time t) {
        shard->start(t);
        self->send(caf::actor_cast<caf::actor>(self->current_sender()), done_atom::value);
      },
      [=](step_atom, Time time, std::uint32_t delta) {
        shard->deliver(*inbox);
        shard->run(StepBound{time, delta});
        self->send(caf::actor_cast<caf::actor>(self->current_sender()), done_atom::value);
      },
  };
}

namespace {

struct CoordinatorState {
  std::size_t waiting = 0;
  caf::actor caller;
  std::vector<std::uint32_t> active;
};

}  // namespace

caf::behavior coordinator_actor(caf::event_based_actor* self, Coordinator* coordinator,
                                std::vector<caf::actor> hosts, Time start, bool start_hosts,
                                std::exception_ptr* failure) {
  auto state = std::make_shared<CoordinatorState>();
  auto finish = [=](std::exception_ptr e) {
    *failure = e;
    self->send(state->caller, finished_atom::value);
    self->quit();
  };
  // Opens the next step, or finishes the run; the last step's records are written while
  // the hosts run the next one.
  auto advance = [=] {
    try {
      coordinator->finish_step();
      StepBound bound{};
      if (!coordinator->open_step(bound, state->active)) return finish(nullptr);
      state->waiting = state->active.size();
      for (std::uint32_t h : state->active) self->send(hosts[h], step_atom::value, bound.time, bound.delta);
      coordinator->write_records();
    } catch (...) {
      finish(std::current_exception());
    }
  };
  return {
      [=](start_atom) {
        state->caller = caf::actor_cast<caf::actor>(self->current_sender());
        if (!start_hosts) return advance();
        state->waiting = hosts.size();
        for (auto& h : hosts) self->send(h, start_atom::value, start);
      },
      [=](done_atom) {
        if (--state->waiting == 0) advance();
      },
  };
}

}  // namespace preseason
