#include "live/ingest_log.h"

#include <filesystem>

#include "live/token_hash.h"

namespace preseason::live {

using nlohmann::json;

namespace {

std::string key_of(const std::string& principal, const std::string& idempotency_key) {
  return principal + '\n' + idempotency_key;
}

AppendOutcome outcome(AppendOutcome::Kind kind, const StoredBatch& b) {
  return {kind, b.sequence, b.batch.readings.size(), b.batch.submissions.size()};
}

// The record as a json object of these fields would dump (keys sorted), built around the
// batch's text so that the batch is serialized once for both its hash and the log.
std::string record_payload(const std::string& principal, const std::string& idempotency_key,
                           const std::string& batch_sha256, Time received, const std::string& batch_text) {
  return "{\"batch\":" + batch_text + ",\"batch_sha256\":\"" + batch_sha256 +
         "\",\"idempotency_key\":" + json(idempotency_key).dump() + ",\"principal\":" + json(principal).dump() +
         ",\"received\":" + std::to_string(received) + "}";
}

}  // namespace

IngestLog::IngestLog(const std::string& store_dir)
    : lock_(store_dir),
      wal_(std::make_unique<WriteAheadLog>((std::filesystem::path(store_dir) / "ingest.wal").string(), recovery_)) {
  for (const WalRecord& r : recovery_.records) {
    const json j = json::parse(r.payload);
    StoredBatch b;
    b.sequence = r.sequence;
    b.principal = j.at("principal").get<std::string>();
    b.idempotency_key = j.at("idempotency_key").get<std::string>();
    b.batch_sha256 = j.at("batch_sha256").get<std::string>();
    b.received = j.at("received").get<Time>();
    b.batch = batch_from_json(j.at("batch"));
    index(std::move(b));
  }
  recovery_.records.clear();
  recovery_.records.shrink_to_fit();
  durable_sequence_ = wal_->last_sequence();
  next_sequence_ = durable_sequence_ + 1;
  wal_bytes_ = wal_->size_bytes();
}

AppendOutcome IngestLog::append(const std::string& principal, const std::string& idempotency_key,
                                const IngestBatch& batch, Time received) {
  const std::string batch_text = to_json(batch).dump();
  const std::string batch_sha256 = sha256_hex(batch_text);
  const std::string key = key_of(principal, idempotency_key);
  std::unique_lock<std::mutex> lock(mutex_);
  for (;;) {
    if (!failure_.empty()) throw WalError(failure_);
    if (idempotency_key.empty()) break;
    if (const auto it = by_key_.find(key); it != by_key_.end()) {
      const StoredBatch& original = batches_[it->second];
      return outcome(original.batch_sha256 == batch_sha256 ? AppendOutcome::kReplayed : AppendOutcome::kKeyConflict,
                     original);
    }
    // A retry racing its original: answer once the original is stored.
    if (!unsynced_keys_.count(key)) break;
    synced_.wait(lock);
  }
  std::string payload = record_payload(principal, idempotency_key, batch_sha256, received, batch_text);
  // Refused here rather than by the log, where it would fail the whole group.
  if (payload.size() > WriteAheadLog::kMaxPayload)
    throw WalError("record of " + std::to_string(payload.size()) + " bytes is too large");
  const std::uint64_t sequence = next_sequence_++;
  queued_.records.push_back({sequence, std::move(payload)});
  queued_.batches.push_back({sequence, principal, idempotency_key, batch_sha256, received, batch});
  if (!idempotency_key.empty()) unsynced_keys_.insert(key);
  while (durable_sequence_ < sequence) {
    if (!failure_.empty()) throw WalError(failure_);
    if (syncing_) synced_.wait(lock);
    else commit(lock);
  }
  return {AppendOutcome::kAppended, sequence, batch.readings.size(), batch.submissions.size()};
}

void IngestLog::commit(std::unique_lock<std::mutex>& lock) {
  Group group = std::move(queued_);
  queued_ = Group();
  syncing_ = true;
  lock.unlock();
  std::string error;
  try {
    wal_->append(group.records);
  } catch (const std::exception& e) {
    error = e.what();
  }
  lock.lock();
  syncing_ = false;
  for (const StoredBatch& b : group.batches)
    if (!b.idempotency_key.empty()) unsynced_keys_.erase(key_of(b.principal, b.idempotency_key));
  if (error.empty()) {
    for (StoredBatch& b : group.batches) index(std::move(b));
    durable_sequence_ = group.records.back().sequence;
    wal_bytes_ = wal_->size_bytes();
  } else {
    failure_ = error;
  }
  synced_.notify_all();
}

void IngestLog::index(StoredBatch stored) {
  const std::size_t at = batches_.size();
  if (!stored.idempotency_key.empty()) by_key_[key_of(stored.principal, stored.idempotency_key)] = at;
  std::map<std::string, bool> athletes;
  for (const Reading& r : stored.batch.readings) athletes[r.athlete] = true;
  for (const Submission& s : stored.batch.submissions) athletes[s.athlete] = true;
  for (const auto& kv : athletes) by_athlete_[kv.first].push_back(at);
  batches_.push_back(std::move(stored));
}

std::vector<IngestLog::AthleteReading> IngestLog::readings_of(const std::string& athlete) const {
  std::lock_guard<std::mutex> guard(mutex_);
  std::vector<AthleteReading> out;
  const auto it = by_athlete_.find(athlete);
  if (it == by_athlete_.end()) return out;
  for (std::size_t i : it->second)
    for (const Reading& r : batches_[i].batch.readings)
      if (r.athlete == athlete) out.push_back({batches_[i].sequence, r});
  return out;
}

std::vector<IngestLog::AthleteSubmission> IngestLog::submissions_of(const std::string& athlete) const {
  std::lock_guard<std::mutex> guard(mutex_);
  std::vector<AthleteSubmission> out;
  const auto it = by_athlete_.find(athlete);
  if (it == by_athlete_.end()) return out;
  for (std::size_t i : it->second)
    for (const Submission& s : batches_[i].batch.submissions)
      if (s.athlete == athlete) out.push_back({batches_[i].sequence, s});
  return out;
}

LogStats IngestLog::stats() const {
  std::lock_guard<std::mutex> guard(mutex_);
  return {wal_bytes_, batches_.size(), durable_sequence_, recovery_.truncated_bytes};
}

}  // namespace preseason::live
