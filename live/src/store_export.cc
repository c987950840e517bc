#include "live/store_export.h"

#include <algorithm>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "actors/season/calendar_table.h"
#include "data/recording_format.h"
#include "live/wal_snapshot.h"

namespace preseason::live {

namespace {

// Self-reports come from the athlete, not a device; one source keeps them apart from
// device streams measuring the same thing.
constexpr char kSelfReport[] = "self_report";
constexpr char kSelfReportVendor[] = "preseason live";

std::string vendor_of(const LiveConfig& config, const Reading& r) {
  if (const Athlete* a = config.athlete(r.athlete))
    for (const Device& d : a->devices)
      if (d.id == r.device) return d.vendor;
  return "";  // a device since removed from the config
}

// Sorts what was appended after the first `sorted` elements into place, stably, so equal
// times keep their log order as one stable sort of the whole log would.
template <class T, class Time>
void merge_tail(std::vector<T>& v, std::size_t sorted, Time time_of) {
  const auto by_time = [&](const T& x, const T& y) { return time_of(x) < time_of(y); };
  const auto mid = v.begin() + static_cast<std::ptrdiff_t>(sorted);
  std::stable_sort(mid, v.end(), by_time);
  std::inplace_merge(v.begin(), mid, v.end(), by_time);
}

}  // namespace

StoreExport::StoreExport(const LiveConfig& config, std::string store_dir, ExportOptions options)
    : config_(config),
      store_dir_(std::move(store_dir)),
      wal_((std::filesystem::path(store_dir_) / "ingest.wal").string()),
      options_(std::move(options)) {
  if (!std::filesystem::is_regular_file(wal_)) throw WalError(store_dir_ + ": not a live store (no ingest.wal)");
}

void StoreExport::collect(const WalRecord& record, std::map<std::string, Athlete>& athletes, Change& change,
                          ExportSummary& summary) const {
  IngestBatch batch;
  Time received = 0;
  try {
    const nlohmann::json j = nlohmann::json::parse(record.payload);
    received = j.at("received").get<Time>();
    batch = batch_from_json(j.at("batch"));
  } catch (const std::exception& e) {
    throw WalError(wal_ + ": batch " + std::to_string(record.sequence) + " is unreadable: " + e.what());
  }
  const auto add = [&](Athlete& a, const StreamInfo& info, const Sample& sample) {
    const auto [it, began] = a.streams.try_emplace(info.name());
    Stream& s = it->second;
    if (began) s.info = info;
    if (s.info.unit != info.unit)
      throw WalError(wal_ + ": stream " + info.name() + " changes unit from '" + s.info.unit + "' to '" + info.unit +
                     "'; a recording stream has one unit");
    s.samples.push_back(sample);
    change.new_streams |= began;
    change.earliest = std::min(change.earliest, sample.time);
  };
  const auto athlete = [&](const std::string& id) -> Athlete& {
    const auto [it, began] = athletes.try_emplace(id);
    change.new_streams |= began;
    return it->second;
  };
  for (const Reading& r : batch.readings)
    add(athlete(r.athlete), StreamInfo{r.metric, r.unit, r.device, vendor_of(config_, r)}, {r.measured, r.value, received});
  for (const Submission& s : batch.submissions) {
    Athlete& a = athlete(s.athlete);
    if (s.kind == SubmissionKind::kSessionRpe) {
      a.sessions.push_back({s, received});
      change.earliest = std::min(change.earliest, s.measured);
      continue;
    }
    for (const auto& [item, value] : s.items)
      add(a, StreamInfo{item, "1-5", kSelfReport, kSelfReportVendor}, {s.measured, static_cast<double>(value), received});
  }
  summary.readings += batch.readings.size();
  summary.submissions += batch.submissions.size();
}

LiveExport StoreExport::refresh() {
  WalSnapshot snapshot = read_wal_since(wal_, end_, summary_.last_sequence);
  // Applied to copies, so a batch that cannot be read leaves this export as it was.
  std::map<std::string, Athlete> athletes = athletes_;
  ExportSummary summary = summary_;
  std::vector<BatchEffect> effects;
  for (const WalRecord& r : snapshot.records) {
    if (r.sequence > options_.through_sequence) break;
    Change change;
    collect(r, athletes, change, summary);
    effects.push_back({r.sequence, change});
    ++summary.batches;
    summary.last_sequence = r.sequence;
  }
  // What the export held before was in order: only what the batches appended is sorted in.
  for (auto& [id, a] : athletes) {
    const auto before = athletes_.find(id);
    for (auto& [name, s] : a.streams) {
      std::size_t sorted = 0;
      if (before != athletes_.end())
        if (const auto it = before->second.streams.find(name); it != before->second.streams.end())
          sorted = it->second.samples.size();
      merge_tail(s.samples, sorted, [](const Sample& x) { return x.time; });
    }
    merge_tail(a.sessions, before == athletes_.end() ? 0 : before->second.sessions.size(),
               [](const Session& x) { return x.submission.measured; });
  }
  summary.pending_bytes = snapshot.pending_bytes;
  summary.athletes = athletes.size();
  athletes_ = std::move(athletes);
  summary_ = summary;
  effects_.insert(effects_.end(), effects.begin(), effects.end());
  end_ = snapshot.end;

  auto contents = std::make_shared<RecordingContents>();
  contents->name = wal_ + " (exported)";
  contents->attributes = {{"format", recording::kFormatName},
                          {"version", recording::version_text(recording::kAthleteLayout)},
                          {"creator", "preseason live-export"},
                          {"source", "live store " + std::filesystem::absolute(store_dir_).string()},
                          {"live_last_sequence", std::to_string(summary_.last_sequence)}};
  if (!options_.scenario_yaml.empty()) contents->attributes["scenario_yaml"] = options_.scenario_yaml;
  EventTable plan;
  for (const PlannedDay& d : options_.plan) season::append_calendar_row(plan, d);
  for (const auto& [id, a] : athletes_) {
    RecordingContents::Athlete& out = contents->athletes[id];
    for (const auto& [name, s] : a.streams) {
      RecordingContents::Stream& stream = out.streams[name];
      stream.info = s.info;
      for (const Sample& x : s.samples) {
        stream.time.push_back(x.time);
        stream.value.push_back(x.value);
        stream.uploaded.push_back(x.uploaded);
      }
    }
    if (!a.sessions.empty()) {
      EventTable t;
      for (const Session& x : a.sessions) {
        const Submission& s = x.submission;
        t.column<std::int64_t>("time").push_back(s.measured);
        t.column<std::string>("source").push_back(kSelfReport);
        t.column<double>("minutes").push_back(s.minutes);
        t.column<double>("rpe").push_back(s.rpe);
        t.column<double>("load").push_back(s.rpe * s.minutes);
        t.column<std::int64_t>("uploaded").push_back(x.received);
      }
      out.tables["sessions"] = std::move(t);
    }
    if (!options_.plan.empty()) out.tables["plan"] = plan;
  }
  return {summary_, std::move(contents)};
}

StoreExport::Change StoreExport::since(std::uint64_t sequence) const {
  Change out;
  const auto first = std::upper_bound(effects_.begin(), effects_.end(), sequence,
                                      [](std::uint64_t s, const BatchEffect& e) { return s < e.sequence; });
  for (auto it = first; it != effects_.end(); ++it) {
    out.earliest = std::min(out.earliest, it->change.earliest);
    out.new_streams |= it->change.new_streams;
  }
  return out;
}

}  // namespace preseason::live
