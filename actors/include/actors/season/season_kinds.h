// The event and record kinds of the season actor graph, and what their payload
// scalars mean. Readings and plans travel as sample batches.
#pragma once

#include "engine/event.h"

namespace preseason::season {

// Events.
enum : EventKind {
  kDay = 100,     // athlete, to itself at 06:30: close yesterday, wake, devices report
  kSession,       // pipeline -> athlete at session time: {type, minutes, rpe, intensity}
  kTravel,        // pipeline -> athlete: {time zones crossed}
  kReadings,      // athlete -> pipeline at upload poll: batch of (measured, Field, value)
  kDecide,        // pipeline, to itself at 07:30: close yesterday's features, decide today
  kPlanWeek,      // planner -> pipelines: batch of planned days (plan_codec.h)
  kPlanTick,      // planner, to itself when the next week is due
  kInjuryReport,  // athlete or replay source -> pipeline, when the run's predictor reads injury
                  // history: {day of the report}
};

// Records (what the recorder writes).
enum : EventKind {
  kReadingRecord = 200,  // {uploaded}; batch: the readings uploaded then (measured, Field, value)
  kTruthRecord,          // {performance, relative fatigue, latent ln rMSSD, sleep hours}
  kAvailabilityRecord,   // {available, injured, ill, overreached}
  kSessionRecord,        // {type, minutes, rpe, srpe load}; note: none
  kExternalLoadRecord,   // {distance m, high-speed m, sprint m, accelerations}
  kInjuryRecord,         // {days out, 1 if in a match, minutes into the session}
  kIllnessRecord,        // {days out}
  kOverreachingRecord,   // {relative fatigue}
  kDecisionRecord,       // {planned minutes, minutes, planned rpe, Adjustment}; note: reason
  kMatchRecord,          // {morning performance, minutes played}
  kPlanRecord,           // planner: batch of planned days (plan_codec.h), once at the start
  kFeatureRecord,        // pipeline, when a day closes or a late reading changes it: batch of
                         // (day start, Feature, value), then the fused scores (fused_scores.h);
                         // scalars {day, 1 if a recomputation}
  kPredictionRecord,     // pipeline, when a day closes and the run has a predictor: {day, risk}
  kActionRecord,         // pipeline, per action of a fired rule: {ActionKind, Approval, ActionStatus,
                         // priority}; note: the action's JSON (action_payload.h)
  kCoachRecord,          // pipeline, per proposal the coach reviewed: {CoachSubject, 1 if accepted};
                         // note: the verdict's JSON (who, what, reason)
  kCalendarRecord,       // pipeline, each decided day: the planned and the decided session
                         // (calendar_record.h); note: the reason of a change
  kFeatureDigest,        // pipeline, with each feature record: {day, low and high 32 bits of the
                         // record's digest as the decisions fingerprint keys it}, so that a run
                         // fingerprints its features without building the records
};

// What became of a rule's action.
enum class ActionStatus { kDone, kApproved, kDeclined };
// "done", "approved" or "declined", as recordings and the live API name it.
inline const char* action_status_name(ActionStatus s) {
  static constexpr const char* kNames[] = {"done", "approved", "declined"};
  return kNames[static_cast<int>(s)];
}
// What the coach reviewed: a policy's session change or a rule's action.
enum class CoachSubject { kSession, kAction };

}  // namespace preseason::season
