// The step logic of a run, without CAF: routes what hosts sent to each other,
// finds the next step, and after each step checks failures and hands records to
// the sink. The CAF coordinator actor only relays its decisions as messages.
#pragma once

#include <exception>
#include <memory>
#include <vector>

#include "engine/clock.h"
#include "engine/record.h"
#include "engine/shard.h"
#include "engine/simulation.h"
#include "record_grouper.h"
#include "sink_thread.h"

namespace preseason {

class Coordinator {
 public:
  // Runs events before `stop`; the clock is anchored at `resume`, where this run begins.
  Coordinator(const RunOptions& options, Time stop, Time resume, std::vector<Shard>& shards,
              std::vector<std::vector<Event>>& inboxes, const std::vector<std::uint32_t>& host_of, RecordSink* sink,
              Clock& clock);

  // After the start step or any step: checks failures (throws RunError) and takes the
  // step's records from the shards, which may then run the next step.
  void finish_step();
  // Routes outboxes, waits for the clock, and fills `active` with the hosts to run up to
  // the returned bound. Returns false when the run is over, every record written.
  bool open_step(StepBound& bound, std::vector<std::uint32_t>& active);
  // Hands the records finish_step took to the sink, grouped by actor. Called while the
  // hosts run the next step, so that the sink's work overlaps theirs; each step's records
  // still reach the sink as one batch, in step order, whatever the timing. With more than
  // one thread and an unpaced clock the sink writes on a SinkThread, and the run waits for
  // it only at its end.
  void write_records();

  RunStats& stats() { return stats_; }
  // Throws the RunError describing `failure`, if there is one.
  static void raise(const std::optional<ActorFailure>& failure);

 private:
  const RunOptions& options_;
  Time stop_;
  Time resume_;
  std::vector<Shard>& shards_;
  std::vector<std::vector<Event>>& inboxes_;
  const std::vector<std::uint32_t>& host_of_;
  RecordSink* sink_;
  Clock& clock_;
  std::vector<std::vector<Record>> taken_;  // per shard, the last step's records
  bool taken_any_ = false;
  RecordGrouper grouper_;
  std::unique_ptr<SinkThread> sink_thread_;
  RunStats stats_;
  bool begun_ = false;
};

}  // namespace preseason
