#include "record_grouper.h"

namespace preseason {

// A counting sort on the actor id moves each record once, where a merge sort of a squad's
// day moved each about fifteen times through a temporary buffer allocated anew every step.
const std::vector<Record>& RecordGrouper::group(std::vector<std::vector<Record>>& taken) {
  std::size_t n = 0;
  for (const auto& t : taken) n += t.size();
  starts_.assign(actors_ + 1, 0);
  for (const auto& t : taken)
    for (const Record& r : t) ++starts_[r.actor + 1];
  for (std::size_t a = 1; a < starts_.size(); ++a) starts_[a] += starts_[a - 1];
  records_.resize(n);
  for (auto& t : taken) {
    for (Record& r : t) records_[starts_[r.actor]++] = std::move(r);
    t.clear();
  }
  return records_;
}

}  // namespace preseason
