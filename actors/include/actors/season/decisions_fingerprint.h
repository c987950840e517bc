// A fingerprint over what the pipelines concluded (features, fused vendor scores,
// predictions, decisions, rule actions and the coach's reviews), keyed by athlete index
// rather than actor id, so a simulation and a replay of its recording compare: equal inputs
// must give equal `decisions fingerprint` lines. Features arrive as the digests the
// pipelines take of their feature records (kFeatureDigest), so no record is built for it.
// It takes records as they are emitted, a part per actor; parts add up in any order.
#pragma once

#include <vector>

#include "actors/season/season_layout.h"
#include "engine/actor_sink.h"
#include "engine/fingerprint.h"

namespace preseason::season {

// The key under which the fingerprint digests what an athlete's actor emitted at `time`.
inline EventKey decisions_key(Time time, std::uint32_t athlete) { return EventKey{time, 0, 0, athlete, 0, 0}; }
// A kFeatureDigest record's payload: the day and the digest in two exact 32-bit halves.
inline Payload feature_digest_payload(Day day, std::uint64_t digest) {
  return Payload{static_cast<double>(day), static_cast<double>(digest & 0xffffffffu), static_cast<double>(digest >> 32)};
}
inline std::uint64_t feature_digest_of(const Payload& p) {
  return static_cast<std::uint64_t>(p[1]) | static_cast<std::uint64_t>(p[2]) << 32;
}

class DecisionsFingerprint final : public ActorSink {
 public:
  explicit DecisionsFingerprint(SeasonLayout layout) : layout_(layout), parts_(layout.end()) {}
  bool wants(EventKind kind) const override;
  void take(Time time, ActorId actor, EventKind kind, const Payload& payload, const std::string* note) override;
  // Between runs: the fingerprint so far.
  Fingerprint fingerprint() const;
  // Continues from a fingerprint so far, e.g. a checkpoint's.
  void restore(const Fingerprint& so_far);

 private:
  // A cache line each: neighbouring actors run on different threads.
  struct alignas(64) Part {
    Fingerprint fingerprint;
  };

  SeasonLayout layout_;
  Fingerprint restored_;
  std::vector<Part> parts_;  // by actor id
};

}  // namespace preseason::season
