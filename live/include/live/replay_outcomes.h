// What a decision's replay concluded per athlete (decisions, features, predictions and
// rule actions), taken from the records the run emits and decoded as SeasonRecorder
// records them, so a decision needs no recording of its replay.
#pragma once

#include <array>
#include <map>
#include <string>
#include <vector>

#include "actors/season/season_layout.h"
#include "engine/record.h"
#include "live/day_decider.h"

namespace preseason::live {

struct AthleteOutcomes {
  struct Decision {
    Time time = 0;
    std::string action, reason;
    double planned_minutes = 0, minutes = 0, planned_rpe = 0;
  };
  struct Features {
    Time time = 0;
    std::map<std::string, double> values;  // by recorded column name
  };
  struct Prediction {
    Time time = 0;
    Day day = 0;
    double risk = 0;
  };
  std::vector<Decision> decisions;  // in emission order, like every list here
  std::vector<Features> features;
  std::vector<Prediction> predictions;  // a later prediction for a day replaces one before
  std::vector<std::pair<Time, DecidedAction>> actions;
};

class ReplayOutcomes final : public RecordSink {
 public:
  // `athletes`: the ids of the layout's athletes, in layout order.
  ReplayOutcomes(season::SeasonLayout layout, const std::vector<std::string>& athletes);
  void write(const std::vector<Record>& records) override;
  bool wants(EventKind kind) const override;
  // Throws std::out_of_range for an athlete not in the layout.
  const AthleteOutcomes& of(const std::string& athlete) const;

  // How much has been taken so far; truncate() forgets everything taken after a mark, so
  // a run resumed from the state it was made at can take the rest again.
  struct Mark {
    std::vector<std::array<std::size_t, 4>> sizes;  // per athlete
  };
  Mark mark() const;
  void truncate(const Mark& mark);

 private:
  void on_record(std::size_t index, const Record& r);

  season::SeasonLayout layout_;
  std::vector<std::string> ids_;
  std::vector<AthleteOutcomes> athletes_;
};

}  // namespace preseason::live
