// One athlete's data pipeline and decision maker: collects device readings into
// daily inputs (late ones update their day), closes each day into the feature
// calculator, and every morning at 07:30 turns the planned session into today's
// session through the squad selection and the policy.
#pragma once

#include <boost/serialization/array.hpp>
#include <boost/serialization/map.hpp>
#include <map>
#include <vector>

#include "actors/features/athlete_features.h"
#include "actors/planner/planned_day.h"
#include "actors/planner/squad_selection.h"
#include "actors/season/pipeline_setup.h"
#include "engine/actor.h"
#include "engine/context.h"

namespace preseason::season {

struct PipelineCounts {
  std::uint64_t readings = 0;
  std::uint64_t late_readings = 0;  // for a day already closed: the day is recomputed
  std::uint64_t too_late = 0;       // older than the days kept open for corrections

  template <class Ar> void serialize(Ar& ar, unsigned) { ar & readings & late_readings & too_late; }
};

class PipelineActor final : public StatefulActor<PipelineActor> {
 public:
  // Days kept for late corrections after they close.
  static constexpr Day kCorrectionDays = 28;

  PipelineActor(ActorId id, PipelineSetup setup) : StatefulActor(id), setup_(std::move(setup)) {}
  const char* type() const override { return "pipeline"; }
  void start(Context& ctx) override;
  void handle(const Event& event, Context& ctx) override;

  const AthleteFeatures& features() const { return features_; }
  const PipelineCounts& counts() const { return counts_; }
  void set_policy(const Policy* policy) { setup_.policy = policy; }

  template <class Ar> void serialize(Ar& ar, unsigned) {
    ar & setup_ & features_ & selection_ & plan_ & days_ & closed_through_ & counts_;
  }

 private:
  struct DayInputs {
    Day day = 0;
    std::array<double, kInputCount> values;
    std::array<std::int8_t, kInputCount> priority;
    DayInputs();
    template <class Ar> void serialize(Ar& ar, unsigned) { ar & day & values & priority; }
  };

  void take_readings(const SampleBatch& batch);
  void close_days_before(Day today);
  void decide(Context& ctx);
  DailyInput input_of(const DayInputs& d) const;

  PipelineSetup setup_;
  AthleteFeatures features_;
  SquadSelection selection_;
  std::map<Day, PlannedDay> plan_;
  std::map<Day, DayInputs> days_;  // open days and recently closed ones
  Day closed_through_ = 0;
  PipelineCounts counts_;
};

}  // namespace preseason::season
