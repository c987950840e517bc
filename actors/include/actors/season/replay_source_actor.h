// Feeds a recording to the pipelines, in place of the athletes and the planner: each
// week it sends every reading batch that arrives that week at its recorded arrival,
// and the week's plan. It reads HDF5, so it runs on a CAF actor of its own
// (Placement::kDedicated) and is the only reader during a run.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "actors/season/recording_feed.h"
#include "actors/season/season_layout.h"
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
};

class ReplaySourceActor final : public StatefulActor<ReplaySourceActor> {
 public:
  ReplaySourceActor(ActorId id, ReplaySetup setup) : StatefulActor(id), setup_(std::move(setup)) {}
  const char* type() const override { return "replay_source"; }
  void start(Context& ctx) override;
  void handle(const Event& event, Context& ctx) override;

  template <class Ar> void serialize(Ar& ar, unsigned) { ar & cursors_ & sent_through_; }

 private:
  void send_week(Context& ctx);

  ReplaySetup setup_;
  RecordingFeed feed_;
  std::vector<std::size_t> cursors_;  // next delivery per athlete
  Day sent_through_ = 0;
};

}  // namespace preseason::season
