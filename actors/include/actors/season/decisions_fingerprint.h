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
