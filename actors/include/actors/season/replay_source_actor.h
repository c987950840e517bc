// Feeds a recording to the pipelines, in place of the athletes and the planner: each
// week, `release_ahead` before the week starts, it sends every reading batch that arrives
// that week at its recorded arrival, the week's raw samples (a day per batch, read while
// the week before ran) and the week's plan, and the week's injury reports when the
// predictor reads them. It reads HDF5, so it runs on a CAF actor of its own
// (Placement::kDedicated).
// Its saved state is where it is in the recording: loaded into a replay of a recording
// that only gained data measured after that point, it goes on as if it had read it all.
#pragma once

#include <future>
#include <memory>
#include <string>
#include <vector>

#include "actors/season/recording_feed.h"
#include "actors/season/season_layout.h"
#include "data/recording_reader.h"
#include "engine/actor.h"
#include "engine/context.h"

namespace preseason::season {

struct ReplaySetup {
  std::string path;
  std::vector<std::string> athletes;  // recording ids, in layout order
  std::vector<std::uint32_t> indexes;  // each athlete's index in the layout
  SeasonLayout layout;
  Day from = 0;  // deliveries and plans before this day are skipped
  Day to = 0;    // inclusive
  std::shared_ptr<const RecordingContents> contents;  // when set, read in place of the file at `path`
  std::shared_ptr<const RecordingFeed> feed;  // when set, read_feed's result for `athletes`, already read
  // False: raw streams are not sent. Pipelines only count their samples, so the features
  // and decisions are the same; a replay that wants only those need not carry them.
  bool raw_streams = true;
  // True when the predictor reads injury history: the recorded injury reports are sent too.
  bool injury_reports = false;
  // When set, the recording already open: opening indexes every dataset, seconds for a squad.
  std::shared_ptr<const RecordingReader> reader;
  // How long before a week starts its data is sent: the run's group lookahead, so each
  // pipeline's group has its week's data when the week's step begins. With 0 each week is
  // sent as it starts, which live mode's saved states rely on (live/src/replay_snapshots.h).
  Time release_ahead = 0;
};

class ReplaySourceActor final : public StatefulActor<ReplaySourceActor> {
 public:
  ReplaySourceActor(ActorId id, ReplaySetup setup) : StatefulActor(id), setup_(std::move(setup)) {}
  const char* type() const override { return "replay_source"; }
  void start(Context& ctx) override;
  void handle(const Event& event, Context& ctx) override;

  template <class Ar> void serialize(Ar& ar, unsigned) { ar & cursors_ & raw_next_ & sent_through_ & injuries_next_; }

 private:
  // Raw deliveries per athlete (merge_by_arrival), and where each stream continues.
  struct RawWeek {
    std::vector<std::vector<Delivery>> deliveries;
    std::vector<std::vector<std::size_t>> next;
  };

  // Opens the recording and reads its feed; the cursors are state, set by start or a load.
  void open();
  // Sends the week after the last one sent.
  void send_week(Context& ctx);
  // When the week that starts on day `from` is sent.
  Time release_of(Day from) const;
  // Sends every week that is due by now, then schedules the next release.
  void release(Context& ctx);
  // Reports through day `to`, none sooner than `earliest`; those before the replay's first
  // day go with its first week, as a club's medical log already holds them.
  void send_injury_reports(std::size_t athlete, Day to, Time earliest, Context& ctx);
  Day week_end(Day from) const;
  // Reads the raw samples from `next` measured through day `to`. Runs on its own thread
  // while the engine runs the week before, one read at a time; it alone uses raw_chunks_.
  RawWeek read_raw_week(Day to, std::vector<std::vector<std::size_t>> next);
  void read_ahead(Day to);

  ReplaySetup setup_;
  std::shared_ptr<const RecordingFeed> feed_;
  std::vector<std::size_t> cursors_;  // next delivery per athlete
  std::vector<std::size_t> injuries_next_;  // next injury report per athlete
  std::shared_ptr<const RecordingReader> reader_;  // open for the whole run: raw streams are read weekly
  std::vector<std::vector<std::size_t>> raw_next_;  // next sample per athlete and raw stream
  std::vector<std::vector<RawChunk>> raw_chunks_;  // the chunk read last, likewise
  std::future<RawWeek> ahead_;  // the week to send next; declared last, so it finishes first
  Day sent_through_ = 0;
};

}  // namespace preseason::season
