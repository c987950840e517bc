// What an athlete's pipeline actor is built from: whose data it processes, the
// feature settings, the squad-selection parameters, the vendor mapping its readings
// go through and the policy it applies.
#pragma once

#include "actors/features/feature_config.h"
#include "actors/normalizer/vendor_mapping.h"
#include "actors/planner/session_templates.h"
#include "actors/planner/squad_selection.h"
#include "actors/policy/policy.h"
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

  template <class Ar> void serialize(Ar& ar, unsigned) {
    ar & athlete & first_day & last_day & features & roles & templates;
  }
};

}  // namespace preseason::season
