// Writes a season run to a preseason recording (docs/recording-format.md): device
// readings as streams named after their vendor fields, latent truth as `truth.*`
// streams, and tables of sessions, matches, injuries, illness, overreaching and
// decisions. Buffers per stream and writes in large appends; the file appears
// only when finish() succeeds. RecordScope::kOutcomes keeps only what outcomes and
// decisions need, and says so through wants(), so the rest is never even emitted.
#pragma once

#include <array>
#include <memory>
#include <string>
#include <vector>

#include "actors/devices/field.h"
#include "actors/season/season_layout.h"
#include "data/event_table.h"
#include "data/recording_writer.h"
#include "engine/record.h"

namespace preseason::season {

enum class RecordScope {
  kAll,       // everything the run emits
  kOutcomes,  // sessions, matches, injuries, illness, overreaching, availability, decisions, calendar
};

struct RecordedAthlete {
  std::string id;  // pseudonymous
  Attributes attributes;
};

class SeasonRecorder final : public RecordSink {
 public:
  SeasonRecorder(const std::string& path, const RecordingInfo& info, SeasonLayout layout,
                 const std::vector<RecordedAthlete>& athletes, std::string policy,
                 RecordScope scope = RecordScope::kAll);
  ~SeasonRecorder() override;
  void write(const std::vector<Record>& records) override;
  bool wants(EventKind kind) const override;
  void finish();
  // Provenance on the recording's root, e.g. seed and replicate of a simulated run.
  void set_attribute(const std::string& name, const std::string& value) { writer_.set_attribute(name, value); }

 private:
  static constexpr std::size_t kTruthStreams = 6;
  static constexpr std::size_t kStreams = kFieldCount + kTruthStreams;
  struct Buffer {
    std::vector<Time> times;
    std::vector<double> values;
    std::vector<Time> uploaded;
  };
  struct Athlete {
    std::string id;
    std::array<Buffer, kStreams> streams;
    EventTable sessions, matches, injuries, illness, overreaching, decisions, features, predictions, actions, coach;
  };

  void sample(Athlete& a, std::size_t stream, Time t, double v, Time uploaded);
  void flush_stream(Athlete& a, std::size_t stream);
  void flush_tables(Athlete& a);
  void on_record(Athlete& a, const Record& r);
  void on_action(Athlete& a, const Record& r);
  void on_plan(const Record& r);

  RecordingWriter writer_;
  SeasonLayout layout_;
  std::string policy_;
  RecordScope scope_;
  std::vector<Athlete> athletes_;
  EventTable calendar_;
  std::size_t buffered_rows_ = 0;
};

}  // namespace preseason::season
