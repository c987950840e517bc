// What an athlete's pipeline actor is built from: whose data it processes, the
// feature settings, the squad-selection parameters, the vendor mapping its readings
// go through, the predictor that scores each closed day, the policy it applies, the
// coach who reviews proposals and the automation rules.
#pragma once

#include "actors/automation/rule_spec.h"
#include "actors/coach/coach_model.h"
#include "actors/features/feature_config.h"
#include "actors/normalizer/vendor_mapping.h"
#include "actors/planner/session_templates.h"
#include "actors/planner/squad_selection.h"
#include "actors/policy/policy.h"
#include "actors/predictor/predictor.h"
#include "engine/event.h"

namespace preseason::season {

// In replay the athletes' responses are the recorded ones: no athlete actor receives sessions.
constexpr ActorId kNoAthlete = 0xffffffffu;

struct PipelineSetup {
  ActorId athlete = kNoAthlete;
  Day first_day = 0;
  Day last_day = 0;
  FeatureConfig features;
  SquadRoleParams roles;
  SessionTemplates templates;
  // Not owned; shared by every pipeline of a run and rebuilt from the scenario on restore.
  const Policy* policy = nullptr;
  // Not owned; shared and read-only like the policy, loaded once per run.
  const VendorMapping* mapping = nullptr;
  // Not owned, shared and read-only; null when the run has no predictor.
  const Predictor* predictor = nullptr;
  // Not owned, shared and read-only; null when nobody reviews proposals (all accepted).
  const CoachModel* coach = nullptr;
  // Not owned; the rules every athlete's tracker is built from (none when null).
  const std::vector<RuleSpec>* rules = nullptr;
  std::string athlete_id;  // pseudonymous, as in recordings and action payloads
  // The athlete's index in the run's layout, which keys the feature digests; given again
  // by the graph on restore, like the pointers above.
  std::uint32_t index = 0;

  template <class Ar> void serialize(Ar& ar, unsigned) {
    ar & athlete & first_day & last_day & features & roles & templates & athlete_id;
  }
};

}  // namespace preseason::season
