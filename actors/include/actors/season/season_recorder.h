// Writes a season run to a preseason recording in the squad layout (format 2.0,
// docs/recording-format.md): device
// readings as streams named after their vendor fields, latent truth as `truth.*`
// streams, and tables of sessions, matches, injuries, illness, overreaching and
// decisions. It takes records as the actors emit them, on their threads, and holds each
// actor's apart until finish(), which writes each column in one append; what does not fit
// an actor's share of the memory budget waits in an anonymous spill file. The file appears
// only when finish() succeeds. RecordScope::kOutcomes keeps only what outcomes and
// decisions need, and says so through wants(), so the rest is never even emitted.
// What it holds goes into checkpoints.
#pragma once

#include <array>
#include <boost/archive/binary_iarchive.hpp>
#include <boost/archive/binary_oarchive.hpp>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "actors/devices/field.h"
#include "actors/season/feature_rows.h"
#include "actors/season/season_layout.h"
#include "data/event_table.h"
#include "data/squad_recording_writer.h"
#include "data/spill_file.h"
#include "engine/actor_sink.h"

namespace preseason::season {

enum class RecordScope {
  kAll,       // everything the run emits
  kOutcomes,  // sessions, matches, injuries, illness, overreaching, availability, decisions, calendar
};

struct RecordedAthlete {
  std::string id;  // pseudonymous
  Attributes attributes;
};

class SeasonRecorder final : public ActorSink {
 public:
  // Past its share of this many values in memory (about 128 MiB in all), what an actor's
  // records left moves to the spill file. It cannot be written early instead: the squad
  // layout takes each athlete whole, in id order, once the run is over. A recorded
  // 1,000-athlete season holds 34.8 million values, so one of 2,500 athletes spills about
  // 87 million, five times this budget.
  static constexpr std::size_t kBufferedValues = std::size_t{1} << 24;

  SeasonRecorder(const std::string& path, const RecordingInfo& info, SeasonLayout layout,
                 const std::vector<RecordedAthlete>& athletes, std::string policy,
                 RecordScope scope = RecordScope::kAll, std::size_t buffered_values = kBufferedValues);
  ~SeasonRecorder() override;
  bool wants(EventKind kind) const override;
  void take(Time time, ActorId actor, EventKind kind, const Payload& payload, const std::string* note) override;
  // `threads` compress the file beside the caller; its bytes are the same for any number.
  void finish(unsigned threads = 0);
  // Provenance on the recording's root, e.g. seed and replicate of a simulated run.
  void set_attribute(const std::string& name, const std::string& value) { writer_.set_attribute(name, value); }
  RecordScope scope() const { return scope_; }

  // What the recorder holds. load() goes on a fresh recorder of the same squad whose root
  // attributes are set, so its file comes out as the saving run's would. Throws
  // std::runtime_error.
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
  // A sample as it arrived. An athlete's samples wait in one log, in arrival order, until
  // settle() sorts them into their streams: a squad's day then touches one growing vector
  // per athlete instead of three per stream, and large squads no longer left the run
  // waiting on memory while it recorded.
  struct Arrival {
    Time time;
    double value;
    Time uploaded;
    std::size_t stream;
  };
  // What the recorder holds of one athlete, or of one of its actors while the run goes:
  // the athlete actor fills the streams and the tables up to `overreaching`, its pipeline
  // the rest. Aligned so that two actors' parts never share a cache line.
  struct alignas(64) Athlete {
    std::string id;  // in the athlete actor's part and the whole; a pipeline's names none
    std::size_t buffered = 0;  // values held; an arrival counts four: time, value, upload time, stream
    std::vector<Arrival> arrivals;
    std::array<Buffer, kStreams> streams;  // filled only while the athlete is written
    FeatureRows feature_rows;              // feature records not yet in `features`
    EventTable sessions, matches, injuries, illness, overreaching, decisions, features, predictions, actions, coach;
    std::vector<SpillFile::Block> spilled;  // what it held earlier, oldest first
  };
  // In the order of kTableNames (season_recorder.cc).
  template <class A> static auto tables(A& a) {
    return std::array{&a.sessions, &a.matches,  &a.injuries,    &a.illness, &a.overreaching,
                      &a.decisions, &a.features, &a.predictions, &a.actions, &a.coach};
  }

  static void sample(Athlete& a, std::size_t stream, Time t, double v, Time uploaded);
  // Appends each arrival to its stream's buffer.
  static void settle(const std::vector<Arrival>& arrivals, std::array<Buffer, kStreams>& streams);
  static EventTable* row_table(Athlete& a, EventKind kind);
  SpillFile& spill_file();
  // Moves an actor's buffers to the spill file; safe beside other actors' spills.
  void spill(Athlete& part);
  // Writes all an athlete's two parts hold, spilled and buffered.
  void write_athlete(Athlete& body, Athlete& pipeline);
  // An athlete's buffers as bytes, and back, appended to what `into` holds; absorb appends
  // buffers themselves (season_recorder_state.cc).
  static std::string pack(const Athlete& a);
  static void unpack(std::string bytes, Athlete& into);
  static void absorb(Athlete&& more, Athlete& into);
  void on_record(Athlete& a, Time time, EventKind kind, const Payload& p, const std::string* note);
  static void on_action(Athlete& a, Time time, const Payload& p, const std::string& note);
  void on_plan(const Payload& p);

  SquadRecordingWriter writer_;
  SeasonLayout layout_;
  std::string policy_;
  RecordScope scope_;
  std::vector<Athlete> parts_;  // by actor id - 1: the athletes' parts, then their pipelines'
  EventTable calendar_;          // the planner's
  std::size_t part_limit_;
  std::mutex spill_mutex_;  // actors spill from their threads
  std::unique_ptr<SpillFile> spill_;
};

}  // namespace preseason::season
