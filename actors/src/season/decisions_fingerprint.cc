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

void DecisionsFingerprint::write(const std::vector<Record>& records) {
  for (const Record& r : records) {
    if (!wants(r.kind)) continue;
    if (r.kind == kFeatureDigest) {
      fingerprint_.add_digest(feature_digest_of(r.payload));
      continue;
    }
    const auto athlete = layout_.index_of(r.actor);
    if (!athlete) continue;
    Event e{decisions_key(r.time, *athlete), r.kind, r.payload};
    std::uint64_t d = digest(e);
    if (r.note)
      for (unsigned char c : *r.note) d = mix64(d ^ c);
    fingerprint_.add_digest(d);
  }
}

}  // namespace preseason::season
