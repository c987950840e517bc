// Writes a season run to a preseason recording (docs/recording-format.md): device
// readings as streams named after their vendor fields, latent truth as `truth.*`
// streams, and tables of sessions, matches, injuries, illness, overreaching and
// decisions. Buffers everything and writes each column in as few appends as memory
// allows; the file appears only when finish() succeeds. RecordScope::kOutcomes keeps only what outcomes and
// decisions need, and says so through wants(), so the rest is never even emitted.
// Its position (buffers and, with the journal, every write so far) goes into checkpoints.
#pragma once

#include <array>
#include <boost/archive/binary_iarchive.hpp>
#include <boost/archive/binary_oarchive.hpp>
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
  // Everything buffered is written once it holds this many values (about 256 MiB). Until
  // then each column gets one append: a later append to a compressed column rewrites its
  // last chunk, and a column left open holds its chunk cache, so both cost far more than
  // buffering. A season of 2,500 athletes buffers about 700 MiB in all.
  static constexpr std::size_t kBufferedValues = std::size_t{1} << 25;

  SeasonRecorder(const std::string& path, const RecordingInfo& info, SeasonLayout layout,
                 const std::vector<RecordedAthlete>& athletes, std::string policy,
                 RecordScope scope = RecordScope::kAll, std::size_t buffered_values = kBufferedValues);
  ~SeasonRecorder() override;
  void write(const std::vector<Record>& records) override;
  bool wants(EventKind kind) const override;
  void finish();
  // Provenance on the recording's root, e.g. seed and replicate of a simulated run.
  void set_attribute(const std::string& name, const std::string& value) { writer_.set_attribute(name, value); }
  RecordScope scope() const { return scope_; }

  // Keeps a copy of every write to the file, which save() needs to let a resumed run redo
  // them: the file's bytes depend on the order of its writes, not only on their data.
  // Turning it off drops the copy.
  void keep_journal(bool on);
  // The recorder's position; needs the journal. load() goes on a fresh recorder of the same
  // squad whose root attributes are set, redoes the journal's writes and takes over the
  // buffers, so the file goes on as the saving run's would. Throws std::runtime_error.
  void save(boost::archive::binary_oarchive& ar) const;
  void load(boost::archive::binary_iarchive& ar);

 private:
  static constexpr std::size_t kTruthStreams = 6;
  static constexpr std::size_t kStreams = kFieldCount + kTruthStreams;
  static constexpr std::size_t kTables = 10;
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
  // Journalled as the target of a writer_.release().
  static constexpr std::uint32_t kRelease = kStreams + kTables;
  // One write to the file: samples of a stream, rows of table `target - kStreams`, or a release.
  struct Write {
    std::uint32_t athlete = 0;
    std::uint32_t target = 0;
    Buffer samples;
    EventTable rows;
  };
  // In the order of kTableNames (season_recorder.cc).
  template <class A> static auto tables(A& a) {
    return std::array{&a.sessions, &a.matches,  &a.injuries,    &a.illness, &a.overreaching,
                      &a.decisions, &a.features, &a.predictions, &a.actions, &a.coach};
  }

  void sample(Athlete& a, std::size_t stream, Time t, double v, Time uploaded);
  void flush_stream(Athlete& a, std::size_t stream);
  void flush_tables(Athlete& a);
  // Writes all the athlete holds and closes its columns.
  void flush(Athlete& a);
  static EventTable* row_table(Athlete& a, EventKind kind);
  void redo(const Write& w);
  void on_record(Athlete& a, const Record& r);
  void on_action(Athlete& a, const Record& r);
  void on_plan(const Record& r);

  RecordingWriter writer_;
  SeasonLayout layout_;
  std::string policy_;
  RecordScope scope_;
  std::vector<Athlete> athletes_;
  EventTable calendar_;
  std::size_t buffer_limit_;
  std::size_t buffered_values_ = 0;  // samples count three: time, value, upload time
  bool journaling_ = false;
  std::vector<Write> journal_;
};

}  // namespace preseason::season
