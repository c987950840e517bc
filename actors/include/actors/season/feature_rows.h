// Feature records held row by row until they are appended to the recorder's `features`
// table: one row's values then share a few cache lines instead of touching one vector per
// column. The table they make is the one the recorder would have filled record by record:
// `time`, `date`, `recomputed`, then a column per sample channel, in the batch's order.
#pragma once

#include <boost/serialization/vector.hpp>
#include <cstdint>
#include <vector>

#include "data/event_table.h"
#include "data/time.h"
#include "engine/event.h"

namespace preseason::season {

class FeatureRows {
 public:
  // Whether `batch` has the channels, in order, of the rows held; true when none are held.
  bool fits(const SampleBatch& batch) const;
  // Requires fits(batch).
  void add(Time time, Day date, bool recomputed, const SampleBatch& batch);
  // Values a row holds, counted as the recorder's memory budget counts them.
  std::size_t row_values() const { return 3 + channels_.size(); }
  bool empty() const { return times_.empty(); }
  // Appends the rows held to `table`.
  void append_to(EventTable& table) const;
  // Drops the rows held and keeps the room they took, since as many come next.
  void clear();

  // The rows as they are held, so that spilling them costs a copy, not a conversion.
  template <class Ar> void serialize(Ar& ar, unsigned) { ar & channels_ & times_ & dates_ & recomputed_ & values_; }

 private:
  std::vector<std::uint32_t> channels_;
  std::vector<Time> times_;
  std::vector<Day> dates_;
  std::vector<std::uint8_t> recomputed_;
  std::vector<double> values_;  // row-major, channels_.size() per row
};

}  // namespace preseason::season
