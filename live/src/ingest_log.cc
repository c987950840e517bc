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
}

AppendOutcome IngestLog::append(const std::string& principal, const std::string& idempotency_key,
                                const IngestBatch& batch, Time received) {
  const json batch_json = to_json(batch);
  const std::string batch_sha256 = sha256_hex(batch_json.dump());
  std::lock_guard<std::mutex> guard(mutex_);
  if (!idempotency_key.empty()) {
    const auto it = by_key_.find(key_of(principal, idempotency_key));
    if (it != by_key_.end()) {
      const StoredBatch& original = batches_[it->second];
      return outcome(original.batch_sha256 == batch_sha256 ? AppendOutcome::kReplayed : AppendOutcome::kKeyConflict,
                     original);
    }
  }
  StoredBatch b{wal_->last_sequence() + 1, principal, idempotency_key, batch_sha256, received, batch};
  const json record = {{"principal", principal},       {"idempotency_key", idempotency_key},
                       {"batch_sha256", batch_sha256}, {"received", received},
                       {"batch", batch_json}};
  wal_->append(b.sequence, record.dump());
  index(std::move(b));
  return outcome(AppendOutcome::kAppended, batches_.back());
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
  return {wal_->size_bytes(), batches_.size(), wal_->last_sequence(), recovery_.truncated_bytes};
}

}  // namespace preseason::live
