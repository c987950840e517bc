#include "replay_snapshots.h"

#include <boost/archive/binary_iarchive.hpp>
#include <boost/archive/binary_oarchive.hpp>
#include <sstream>

#include "actors/planner/season_plan_params.h"

namespace preseason::live {

namespace {

// The first week start (the replay source's weekly tick) after `t`.
Time next_week_start(Time t) {
  const Day d = day_of(t) + 1;
  return start_of(d + (7 - weekday(d)) % 7);
}

}  // namespace

const ReplaySnapshots::Snapshot* ReplaySnapshots::resume_point(Time before, const StoreExport& exported) const {
  for (std::size_t i = snapshots_.size(); i-- > 0;) {
    const Snapshot& s = snapshots_[i];
    if (s.at > before) continue;
    const StoreExport::Change change = exported.since(s.through);
    if (change.new_streams || change.earliest < s.at) continue;
    return &s;
  }
  return nullptr;
}

void ReplaySnapshots::drop_after(const Snapshot* kept) {
  snapshots_.resize(kept ? static_cast<std::size_t>(kept - snapshots_.data()) + 1 : 0);
}

void ReplaySnapshots::run(Simulation& sim, Time after, Time end, std::uint64_t through, const ReplayOutcomes& outcomes) {
  for (Time at = next_week_start(after); at < end; at = next_week_start(at)) {
    sim.run_until(at);
    Snapshot s{at, through, outcomes.mark(), {}};
    std::ostringstream out(std::ios::binary);
    {
      boost::archive::binary_oarchive ar(out);
      sim.save(ar);
    }
    s.state = std::move(out).str();
    snapshots_.push_back(std::move(s));
    if (snapshots_.size() > kKept) snapshots_.erase(snapshots_.begin());
  }
  sim.run();
}

void ReplaySnapshots::load(Simulation& sim, const Snapshot& s) {
  std::istringstream in(s.state, std::ios::binary);
  boost::archive::binary_iarchive ar(in);
  sim.load(ar);
}

}  // namespace preseason::live
