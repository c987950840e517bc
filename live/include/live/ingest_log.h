// The durable record of everything ingested: accepted batches go to the write-ahead
// log (one record each, numbered by sequence) and into an in-memory index rebuilt from
// the log at start. Idempotency keys live in the records, so retries are recognised
// across restarts. Thread-safe. Group commit: batches that arrive while a sync is in
// flight are written and synced together by the next one, and each append still returns
// only once its own record is durable.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "data/time.h"
#include "live/ingest_batch.h"
#include "live/store_lock.h"
#include "live/write_ahead_log.h"

namespace preseason::live {

struct StoredBatch {
  std::uint64_t sequence = 0;
  std::string principal;
  std::string idempotency_key;  // empty when the client sent none
  std::string batch_sha256;     // of the batch's canonical JSON, to spot a reused key
  Time received = 0;
  IngestBatch batch;
};

struct AppendOutcome {
  enum Kind { kAppended, kReplayed, kKeyConflict } kind = kAppended;
  std::uint64_t sequence = 0;  // the new batch's, or the original's for kReplayed
  std::size_t readings = 0;
  std::size_t submissions = 0;
};

struct LogStats {
  std::uint64_t wal_bytes = 0;
  std::uint64_t batches = 0;
  std::uint64_t last_sequence = 0;
  std::uint64_t recovered_truncated_bytes = 0;
};

class IngestLog {
 public:
  // Locks `store_dir` and replays its log (store_dir/ingest.wal).
  explicit IngestLog(const std::string& store_dir);

  // Durable before it returns kAppended. A key already used by the same principal
  // returns the original outcome (kReplayed) when the batch is the same, else kKeyConflict.
  AppendOutcome append(const std::string& principal, const std::string& idempotency_key, const IngestBatch& batch,
                       Time received);

  struct AthleteReading {
    std::uint64_t sequence;
    Reading reading;
  };
  struct AthleteSubmission {
    std::uint64_t sequence;
    Submission submission;
  };
  std::vector<AthleteReading> readings_of(const std::string& athlete) const;
  std::vector<AthleteSubmission> submissions_of(const std::string& athlete) const;

  LogStats stats() const;
  const WalRecovery& recovery() const { return recovery_; }

 private:
  struct Group {
    std::vector<WalRecord> records;
    std::vector<StoredBatch> batches;
  };
  // Writes and syncs everything queued, with mutex_ released meanwhile.
  void commit(std::unique_lock<std::mutex>& lock);
  void index(StoredBatch stored);

  StoreLock lock_;
  WalRecovery recovery_;
  std::unique_ptr<WriteAheadLog> wal_;
  mutable std::mutex mutex_;
  std::vector<StoredBatch> batches_;
  std::map<std::string, std::size_t> by_key_;  // principal + '\n' + key -> index in batches_
  std::map<std::string, std::vector<std::size_t>> by_athlete_;
  Group queued_;                         // accepted, waiting for the next sync
  std::set<std::string> unsynced_keys_;  // keys of queued and syncing batches
  bool syncing_ = false;
  std::condition_variable synced_;
  std::uint64_t next_sequence_ = 1;
  std::uint64_t durable_sequence_ = 0;
  std::uint64_t wal_bytes_ = 0;
  std::string failure_;  // after a failed sync every append is refused until a restart
};

}  // namespace preseason::live
