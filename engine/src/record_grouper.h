// Puts a step's records, taken per shard, in the order a sink receives them: grouped by
// actor in actor id order, each actor's in the order it emitted them. One actor lives on
// one shard, which emits its records in event order, so the result does not depend on
// how actors are placed.
#pragma once

#include <cstddef>
#include <vector>

#include "engine/record.h"

namespace preseason {

class RecordGrouper {
 public:
  explicit RecordGrouper(std::size_t actors) : actors_(actors) {}
  // Moves the records out of `taken`, leaving its vectors empty with their capacity. The
  // result stays valid until the next call or release().
  const std::vector<Record>& group(std::vector<std::vector<Record>>& taken);
  // Destroys the grouped records but keeps their storage, so what they share (sample
  // batches) returns to its senders' pools once written rather than a step later.
  void release() { records_.clear(); }

 private:
  std::size_t actors_;
  std::vector<Record> records_;      // kept between steps, so its elements are reused
  std::vector<std::size_t> starts_;  // where each actor's records go in records_
};

}  // namespace preseason
