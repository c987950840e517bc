// The states a live decision's replay passed through at the start of each week, kept so
// the next decision resumes from the latest one its data leaves intact instead of
// replaying the season. A state taken at time T still holds for a later export when
// every batch added since was measured at T or after and began no athlete or stream:
// the replay had sent nothing measured from T on (it sends a week at the week's start).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "engine/simulation.h"
#include "live/replay_outcomes.h"
#include "live/store_export.h"

namespace preseason::live {

class ReplaySnapshots {
 public:
  struct Snapshot {
    Time at = 0;                // every event before this had run
    std::uint64_t through = 0;  // the last batch of the export replayed
    ReplayOutcomes::Mark mark;  // what the outcomes had taken by then
    std::string state;          // Simulation::save
  };

  // The latest snapshot taken at or before `before` that the batches since still leave
  // intact, or null.
  const Snapshot* resume_point(Time before, const StoreExport& exported) const;
  // Forgets the snapshots after `kept` (a run from it makes them again), or all for null.
  void drop_after(const Snapshot* kept);

  // Runs `sim` to `end`, snapshotting at each week start after `after` and before `end`.
  void run(Simulation& sim, Time after, Time end, std::uint64_t through, const ReplayOutcomes& outcomes);

  static void load(Simulation& sim, const Snapshot& s);

  static constexpr std::size_t kKept = 6;  // weeks a late reading may reach back and still resume

 private:
  std::vector<Snapshot> snapshots_;  // by time
};

}  // namespace preseason::live
