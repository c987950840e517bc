// The CAF actors of a run. A host actor wraps one Shard: on "start" it starts its
// actors, on "step" it takes its inbox and runs one step, then reports "done" to the
// coordinator actor, which relays the Coordinator's decisions and finally tells the
// caller "finished".
#pragma once

#include <caf/all.hpp>
#include <exception>

#include "coordinator.h"

namespace preseason {

using start_atom = caf::atom_constant<caf::atom("start")>;
using step_atom = caf::atom_constant<caf::atom("step")>;
using done_atom = caf::atom_constant<caf::atom("done")>;
using finished_atom = caf::atom_constant<caf::atom("finished")>;

caf::behavior host_actor(caf::event_based_actor* self, Shard* shard, std::vector<Event>* inbox);

// Runs the run on `hosts` (first starting their actors at `start` when `start_hosts`);
// stores an exception in `failure`, if any, before "finished".
caf::behavior coordinator_actor(caf::event_based_actor* self, Coordinator* coordinator,
                                std::vector<caf::actor> hosts, Time start, bool start_hosts,
                                std::exception_ptr* failure);

}  // namespace preseason
