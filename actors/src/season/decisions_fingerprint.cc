#include "actors/season/decisions_fingerprint.h"

#include "actors/season/season_kinds.h"
#include "engine/random.h"

namespace preseason::season {

bool DecisionsFingerprint::wants(EventKind kind) const {
  switch (kind) {
    case kFeatureDigest:
    case kPredictionRecord:
    case kDecisionRecord:
    case kActionRecord:
    case kCoachRecord: return true;
    default: return false;
  }
}

void DecisionsFingerprint::take(Time time, ActorId actor, EventKind kind, const Payload& payload,
                               const std::string* note) {
  const auto athlete = layout_.index_of(actor);
  if (!athlete) return;
  Fingerprint& part = parts_[actor].fingerprint;
  if (kind == kFeatureDigest) {
    part.add_digest(feature_digest_of(payload));
    return;
  }
  std::uint64_t d = digest(decisions_key(time, *athlete), kind, payload);
  if (note)
    for (unsigned char c : *note) d = mix64(d ^ c);
  part.add_digest(d);
}

Fingerprint DecisionsFingerprint::fingerprint() const {
  Fingerprint f = restored_;
  for (const Part& p : parts_) f.merge(p.fingerprint);
  return f;
}

void DecisionsFingerprint::restore(const Fingerprint& so_far) {
  restored_ = so_far;
  for (Part& p : parts_) p = Part{};
}

}  // namespace preseason::season
