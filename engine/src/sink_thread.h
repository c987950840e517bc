// Writes each step's records to a sink on a thread of its own, so that a sink slower than
// a step no longer holds the next step up: the coordinator hands a step's records over and
// answers the hosts at once. Steps reach the sink one batch at a time, in step order.
// What the sink throws comes back from the next hand() or drain().
#pragma once

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

#include "engine/record.h"
#include "record_grouper.h"

namespace preseason {

class SinkThread {
 public:
  // At most this many steps wait for the sink besides the one it writes; handing over one
  // more waits for it. A season's step is a week of the whole squad's records, so each
  // step held costs tens of megabytes at 2,500 athletes, and one is enough to overlap.
  static constexpr std::size_t kDepth = 1;

  SinkThread(RecordSink& sink, std::size_t actors);
  // Stops after the step being written; steps still waiting are dropped.
  ~SinkThread();
  SinkThread(const SinkThread&) = delete;
  SinkThread& operator=(const SinkThread&) = delete;

  // Takes a step's records, per shard; `taken` comes back as empty vectors of earlier steps.
  void hand(std::vector<std::vector<Record>>& taken);
  // Returns once every step handed over is written.
  void drain();

 private:
  using Step = std::vector<std::vector<Record>>;

  void work();
  void rethrow();

  RecordSink& sink_;
  RecordGrouper grouper_;
  std::mutex mutex_;
  std::condition_variable handed_, written_;
  std::deque<Step> waiting_;
  std::vector<Step> spare_;  // written steps' vectors, emptied, kept for their capacity
  bool writing_ = false;
  bool stopping_ = false;
  std::exception_ptr error_;
  std::thread thread_;  // last: starts once the rest is ready
};

}  // namespace preseason
