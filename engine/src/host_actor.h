// The CAF shell around a Shard: on "start" it starts its actors, on "step" it
// takes its inbox and runs one step, then tells the coordinator it is done.
#pragma once

#include <caf/all.hpp>

#include "engine/shard.h"

namespace preseason {

using start_atom = caf::atom_constant<caf::atom("start")>;
using step_atom = caf::atom_constant<caf::atom("step")>;
using done_atom = caf::atom_constant<caf::atom("done")>;

caf::behavior host_actor(caf::event_based_actor* self, Shard* shard, std::vector<Event>* inbox,
                         caf::actor coordinator);

}  // namespace preseason
