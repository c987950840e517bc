#include "live/recording_export.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <vector>

#include <nlohmann/json.hpp>

#include "actors/season/calendar_table.h"
#include "data/recording_format.h"
#include "data/recording_writer.h"
#include "live/ingest_batch.h"
#include "live/wal_snapshot.h"

namespace preseason::live {

namespace {

// Self-reports come from the athlete, not a device; one source keeps them apart from
// device streams measuring the same thing.
constexpr char kSelfReport[] = "self_report";
constexpr char kSelfReportVendor[] = "preseason live";

struct Sample {
  Time time;
  double value;
  Time uploaded;
};

struct Stream {
  StreamInfo info;
  std::vector<Sample> samples;
};

struct AthleteExport {
  std::map<std::string, Stream> streams;
  std::vector<std::pair<Submission, Time>> sessions;  // with the time it was received
};

std::string vendor_of(const LiveConfig& config, const Reading& r) {
  if (const Athlete* a = config.athlete(r.athlete))
    for (const Device& d : a->devices)
      if (d.id == r.device) return d.vendor;
  return "";  // a device since removed from the config
}

void add(Stream& s, const StreamInfo& info, const Sample& sample, const std::string& wal) {
  if (s.samples.empty()) s.info = info;
  if (s.info.unit != info.unit)
    throw WalError(wal + ": stream " + info.name() + " changes unit from '" + s.info.unit + "' to '" + info.unit +
                   "'; a recording stream has one unit");
  s.samples.push_back(sample);
}

void collect(const LiveConfig& config, const WalRecord& record, const std::string& wal,
             std::map<std::string, AthleteExport>& athletes, ExportSummary& summary) {
  IngestBatch batch;
  Time received = 0;
  try {
    const nlohmann::json j = nlohmann::json::parse(record.payload);
    received = j.at("received").get<Time>();
    batch = batch_from_json(j.at("batch"));
  } catch (const std::exception& e) {
    throw WalError(wal + ": batch " + std::to_string(record.sequence) + " is unreadable: " + e.what());
  }
  for (const Reading& r : batch.readings) {
    const StreamInfo info{r.metric, r.unit, r.device, vendor_of(config, r)};
    add(athletes[r.athlete].streams[info.name()], info, {r.measured, r.value, received}, wal);
  }
  for (const Submission& s : batch.submissions) {
    AthleteExport& a = athletes[s.athlete];
    if (s.kind == SubmissionKind::kSessionRpe) {
      a.sessions.emplace_back(s, received);
      continue;
    }
    for (const auto& [item, value] : s.items) {
      const StreamInfo info{item, "1-5", kSelfReport, kSelfReportVendor};
      add(a.streams[info.name()], info, {s.measured, static_cast<double>(value), received}, wal);
    }
  }
  summary.readings += batch.readings.size();
  summary.submissions += batch.submissions.size();
}

RecordingContents::Athlete contents_of(AthleteExport& a) {
  RecordingContents::Athlete out;
  for (auto& [name, s] : a.streams) {
    // Readers seek by time; stable, so same-time samples keep their log order.
    std::stable_sort(s.samples.begin(), s.samples.end(), [](const Sample& x, const Sample& y) { return x.time < y.time; });
    RecordingContents::Stream& stream = out.streams[name];
    stream.info = s.info;
    for (const Sample& x : s.samples) {
      stream.time.push_back(x.time);
      stream.value.push_back(x.value);
      stream.uploaded.push_back(x.uploaded);
    }
  }
  if (a.sessions.empty()) return out;
  std::stable_sort(a.sessions.begin(), a.sessions.end(),
                   [](const auto& x, const auto& y) { return x.first.measured < y.first.measured; });
  EventTable t;
  for (const auto& [s, received] : a.sessions) {
    t.column<std::int64_t>("time").push_back(s.measured);
    t.column<std::string>("source").push_back(kSelfReport);
    t.column<double>("minutes").push_back(s.minutes);
    t.column<double>("rpe").push_back(s.rpe);
    t.column<double>("load").push_back(s.rpe * s.minutes);
    t.column<std::int64_t>("uploaded").push_back(received);
  }
  out.tables["sessions"] = std::move(t);
  return out;
}

void write(const RecordingContents& c, const std::string& out) {
  RecordingWriter writer(out, {c.attributes.at("creator"), c.attributes.at("source")});
  for (const char* name : {"live_last_sequence", "scenario_yaml"})
    if (const auto it = c.attributes.find(name); it != c.attributes.end()) writer.set_attribute(name, it->second);
  for (const auto& [id, a] : c.athletes) {
    writer.add_athlete(id);
    for (const auto& [name, s] : a.streams) writer.append_samples(id, s.info, s.time, s.value, s.uploaded);
    for (const char* table : {"sessions", "plan"})  // the order exports have always been written in
      if (const auto it = a.tables.find(table); it != a.tables.end()) writer.append_rows(id, table, it->second);
  }
  writer.close();
}

}  // namespace

LiveExport export_contents(const LiveConfig& config, const std::string& store_dir, const ExportOptions& options) {
  const std::string wal = (std::filesystem::path(store_dir) / "ingest.wal").string();
  if (!std::filesystem::is_regular_file(wal)) throw WalError(store_dir + ": not a live store (no ingest.wal)");
  WalSnapshot snapshot = read_wal_snapshot(wal);
  snapshot.records.erase(std::remove_if(snapshot.records.begin(), snapshot.records.end(),
                                        [&](const WalRecord& r) { return r.sequence > options.through_sequence; }),
                         snapshot.records.end());
  LiveExport result;
  ExportSummary& summary = result.summary;
  summary.batches = snapshot.records.size();
  summary.last_sequence = snapshot.records.empty() ? 0 : snapshot.records.back().sequence;
  summary.pending_bytes = snapshot.pending_bytes;
  std::map<std::string, AthleteExport> athletes;
  for (const WalRecord& r : snapshot.records) collect(config, r, wal, athletes, summary);
  summary.athletes = athletes.size();

  auto contents = std::make_shared<RecordingContents>();
  contents->name = wal + " (exported)";
  contents->attributes = {{"format", recording::kFormatName},
                          {"version", recording::current_version()},
                          {"creator", "preseason live-export"},
                          {"source", "live store " + std::filesystem::absolute(store_dir).string()},
                          {"live_last_sequence", std::to_string(summary.last_sequence)}};
  if (!options.scenario_yaml.empty()) contents->attributes["scenario_yaml"] = options.scenario_yaml;
  EventTable plan;
  for (const PlannedDay& d : options.plan) season::append_calendar_row(plan, d);
  for (auto& [id, a] : athletes) {
    RecordingContents::Athlete& athlete = contents->athletes[id] = contents_of(a);
    if (!options.plan.empty()) athlete.tables["plan"] = plan;
  }
  result.contents = std::move(contents);
  return result;
}

ExportSummary export_recording(const LiveConfig& config, const std::string& store_dir, const std::string& out,
                               const ExportOptions& options) {
  const LiveExport exported = export_contents(config, store_dir, options);
  write(*exported.contents, out);
  return exported.summary;
}

}  // namespace preseason::live
