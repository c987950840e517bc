// One athlete's data pipeline and decision maker: converts device readings through
// the vendor mapping into daily inputs (late ones update their day) and per-device
// z-scores of the vendor scores, closes each day into the feature calculator with the
// fused scores, steps the predictor and the automation rules as each day closes, and
// every morning at 07:30 turns the planned session into today's session through the
// squad selection, the policy and the coach.
#pragma once

#include <boost/serialization/array.hpp>
#include <boost/serialization/deque.hpp>
#include <boost/serialization/map.hpp>
#include <deque>
#include <limits>

#include "actors/automation/action_payload.h"
#include "actors/automation/rule_tracker.h"
#include "actors/features/athlete_features.h"
#include "actors/normalizer/normalizer.h"
#include "actors/planner/planned_day.h"
#include "actors/planner/squad_selection.h"
#include "actors/predictor/injury_history.h"
#include "actors/predictor/lstm_state.h"
#include "actors/season/field_routes.h"
#include "actors/season/pipeline_setup.h"
#include "engine/actor.h"
#include "engine/batch_pool.h"
#include "engine/context.h"

namespace preseason::season {

struct PipelineCounts {
  std::uint64_t readings = 0;
  std::uint64_t late_readings = 0;  // for a day already closed: the day is recomputed
  std::uint64_t too_late = 0;       // older than the days kept open for corrections
  std::uint64_t out_of_range = 0;   // outside the mapping's valid range: dropped, never clamped
  std::uint64_t unmapped = 0;       // a field or channel the mapping does not know
  std::uint64_t raw_samples = 0;    // samples of raw streams (kRawStream): counted, not in `readings`

  template <class Ar> void serialize(Ar& ar, unsigned) {
    ar & readings & late_readings & too_late & out_of_range & unmapped & raw_samples;
  }
};

class PipelineActor final : public StatefulActor<PipelineActor> {
 public:
  // Days kept for late corrections after they close (the ring holds these plus the
  // open days ahead of them).
  static constexpr Day kCorrectionDays = 28;
  static constexpr std::size_t kRingDays = 64;

  PipelineActor(ActorId id, PipelineSetup setup)
      : StatefulActor(id), setup_(std::move(setup)), rules_(setup_.rules ? *setup_.rules : std::vector<RuleSpec>{}) {
    set_mapping(setup_.mapping);
  }
  const char* type() const override { return "pipeline"; }
  void start(Context& ctx) override;
  void handle(const Event& event, Context& ctx) override;
  void warm() const override;

  const AthleteFeatures& features() const { return features_; }
  const PipelineCounts& counts() const { return counts_; }
  const Normalizer& scores() const { return scores_; }
  // Also what a restored pipeline is given again: the mapping is not serialized.
  void set_mapping(const VendorMapping* mapping);

  template <class Ar> void serialize(Ar& ar, unsigned) {
    // The last day is the run's, not the saved state's: a live decision resumes the state
    // an earlier day's replay saved and goes on to a later day.
    const Day last_day = setup_.last_day;
    ar & setup_ & features_ & scores_ & selection_ & plan_ & days_ & closed_through_ & dirty_from_ & counts_ & risk_state_ & risk_ &
        injuries_ & rules_ & replaced_;
    setup_.last_day = last_day;
    if constexpr (Ar::is_loading::value) score_refs_ = {};
    // As start() does for a new run, so a restored season grows its history in place
    // instead of doubling it.
    if constexpr (Ar::is_loading::value) features_.reserve(static_cast<std::size_t>(setup_.last_day - setup_.first_day + 1));
  }

 private:
  // A day whose session a rule's calendar action replaced: what the athlete does
  // instead, whatever the plan or the policy says.
  struct Replacement {
    Decision decision;
    template <class Ar> void serialize(Ar& ar, unsigned) { ar & decision; }
  };

  struct DayInputs {
    Day day = -1;  // which day the slot holds; another day means the slot is stale
    std::array<double, kInputCount> values;
    std::array<std::int8_t, kInputCount> priority;
    DayInputs();
    template <class Ar> void serialize(Ar& ar, unsigned) { ar & day & values & priority; }
  };

  // Readings only update their day's inputs and scores; features change at the next
  // decision, so the result does not depend on how readings were batched on the way.
  void take_readings(const SampleBatch& batch);
  // Whether the reading changed its day: its input or its device's z-scores.
  bool take_field(const Sample& s, Day day);
  bool put_input(DayInputs& d, const InputRoute& route, double value);
  // Recomputes features from the earliest closed day a late reading changed.
  void apply_late_readings(Context& ctx);
  void close_days_before(Day today, Context& ctx);
  // Steps the predictor over a day as it closes. A later correction of that day
  // changes its features but not the hidden state, as it would in live mode.
  void predict(Day day, Context& ctx);
  // Emits the feature records of the days an update (re)computed.
  void report(const FeatureUpdate& update, bool late, Context& ctx);
  void decide(Context& ctx);
  // The rules on a day as it closes (pipeline_automation.cc): each fired action is
  // reviewed when its rule asks for approval, then carried out and recorded.
  void run_rules(Day day, Context& ctx);
  void carry_out(const ActionPayload& action, Day today);
  // A rule's replacement of today's session if there is one, else the policy's
  // decision after the coach's review.
  Decision decide_today(const PolicyInput& in, Day today, Context& ctx);
  // The coach's review of a policy's proposal: the proposal, or the plan when overridden.
  Decision review(const Decision& proposal, const Session& planned, Day today, Context& ctx);
  // The sessions planned from `today` on, plan[k] on day today + k, up to the first gap.
  std::vector<Session> plan_from(Day today) const;
  // The slot of `day`, cleared when it last held an older day.
  DayInputs& slot(Day day);
  static std::size_t slot_index(Day day) { return static_cast<std::size_t>(day) % kRingDays; }
  static DailyInput input_of(const DayInputs& d);

  PipelineSetup setup_;
  AthleteFeatures features_;
  FieldRoutes routes_;  // from setup_.mapping; rebuilt, not serialized
  Normalizer scores_;   // per-device baselines of the fused vendor scores
  std::array<Normalizer::StreamRef, kFieldCount> score_refs_;  // by field, resolved on first use; not serialized
  SquadSelection selection_;
  std::deque<PlannedDay> plan_;  // days not yet decided, in order
  std::array<DayInputs, kRingDays> days_;  // by day modulo kRingDays
  Day closed_through_ = 0;
  Day dirty_from_ = std::numeric_limits<Day>::max();
  PipelineCounts counts_;
  RuleTracker rules_;  // built from setup_.rules; only its state is serialized
  std::map<Day, Replacement> replaced_;  // days from today on
  LstmState risk_state_;
  InjuryHistory injuries_;  // reports received, for a predictor that reads them
  double risk_ = std::numeric_limits<double>::quiet_NaN();  // after the last closed day
  // apply_late_readings' scratch, kept so that a season's late days reuse one allocation.
  std::vector<DailyInput> late_days_;
  std::vector<const DailyInput*> late_pointers_;
  BatchPool feature_batches_;  // what report() emits, reused once every sink is done with it
};

}  // namespace preseason::season
