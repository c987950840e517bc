// A fingerprint over what the pipelines concluded (features, fused vendor scores,
// predictions, decisions, rule actions and the coach's reviews), keyed by athlete index
// rather than actor id, so a simulation and a replay of its recording compare: equal inputs
// must give equal `decisions fingerprint` lines. Features arrive as the digests the
// pipelines take of their feature records (kFeatureDigest), so no record is built for it.
#pragma once

#include "actors/season/season_layout.h"
#include "engine/fingerprint.h"
#include "engine/record.h"

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

class DecisionsFingerprint final : public RecordSink {
 public:
  explicit DecisionsFingerprint(SeasonLayout layout) : layout_(layout) {}
  void write(const std::vector<Record>& records) override;
  bool wants(EventKind kind) const override;
  const Fingerprint& fingerprint() const { return fingerprint_; }
  Fingerprint& fingerprint() { return fingerprint_; }

 private:
  SeasonLayout layout_;
  Fingerprint fingerprint_;
};

}  // namespace preseason::season
