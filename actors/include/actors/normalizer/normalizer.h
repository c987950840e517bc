// Maps raw vendor readings to canonical daily metrics and scores each device
// stream (athlete, vendor, metric) against its own rolling median/MAD baseline, so
// brands are fused only as z-scores. Counts duplicates, late and out-of-range
// readings; a late reading updates its day and the z-scores of the days after it.
#pragma once

#include <boost/serialization/map.hpp>
#include <boost/serialization/string.hpp>
#include <boost/serialization/vector.hpp>
#include <cstdint>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "actors/normalizer/sorted_window.h"
#include "actors/normalizer/vendor_reading.h"
#include "actors/normalizer/vendor_mapping.h"

namespace preseason {

enum class ReadingStatus : std::uint8_t {
  kAccepted,    // applied in time order
  kLate,        // measured before the stream's latest reading; applied to its own day
  kDuplicate,   // same stream and measured time as an applied reading; a different value replaces it
  kOutOfRange,  // outside the field's valid range: dropped, never clamped
  kUnmapped,    // vendor or field not in the mapping: dropped
};

struct NormalizerCounts {
  std::uint64_t accepted = 0, late = 0, duplicates = 0, out_of_range = 0, unmapped = 0;
  template <class Ar> void serialize(Ar& ar, unsigned) { ar & accepted & late & duplicates & out_of_range & unmapped; }
};

struct BaselineConfig {
  int days = 28;      // baseline of day t: the days [t − days, t − 1]
  int min_count = 7;  // fewer values: no z-score
  template <class Ar> void serialize(Ar& ar, unsigned) { ar & days & min_count; }
};

// What one reading did: for accepted/late/duplicate readings, the z-scores of
// metric's days [day, recomputed_to] may have changed (none when recomputed_to < day).
struct IngestResult {
  ReadingStatus status = ReadingStatus::kUnmapped;
  std::string metric;
  Day day = 0;
  Day recomputed_to = -1;
};

class Normalizer {
 private:
  struct Key {
    std::string athlete, vendor, metric;
    bool operator<(const Key& o) const {
      return std::tie(athlete, vendor, metric) < std::tie(o.athlete, o.vendor, o.metric);
    }
    template <class Ar> void serialize(Ar& ar, unsigned) { ar & athlete & vendor & metric; }
  };
  // One device's daily values of one metric; index 0 is `first`.
  struct Stream {
    Day first = 0;
    Time latest = 0;
    std::vector<double> value;
    std::vector<Time> measured;  // time of the reading behind value[i]
    std::vector<double> z;
    // The metric's spec in mapping_, looked up on first use: configuration, not state.
    mutable const MetricSpec* spec = nullptr;
    SortedWindow baseline;  // derived from value, not state
    template <class Ar> void serialize(Ar& ar, unsigned) { ar & first & latest & value & measured & z; }
  };

 public:
  // No mapping yet: set one before ingesting.
  Normalizer() = default;
  // The mapping is configuration, not serialized state: it must outlive the normalizer,
  // and a restored normalizer is given it again with set_mapping.
  explicit Normalizer(const VendorMapping& mapping, BaselineConfig config = {})
      : mapping_(&mapping), config_(config) {}
  void set_mapping(const VendorMapping& mapping);

  IngestResult ingest(const VendorReading& r);

  // One device stream resolved once, for a caller that feeds it reading after reading:
  // ingest(ref, ...) skips the field and stream lookups ingest(reading) makes. A ref
  // belongs to the normalizer that made it and is void once that normalizer is assigned
  // or loaded.
  class StreamRef {
   public:
    bool resolved() const { return field_ != nullptr; }

   private:
    friend class Normalizer;
    const FieldSpec* field_ = nullptr;
    Stream* stream_ = nullptr;  // until the stream's first reading
    Key key_;                   // what creates the stream then
  };
  // Unresolved when the mapping does not know the vendor's field.
  StreamRef stream_ref(const std::string& athlete, const std::string& vendor, const std::string& field);
  IngestResult ingest(StreamRef& ref, Time measured, double value);

  // The canonical daily value and its z-score for one device stream; NaN when none.
  double value(const std::string& athlete, const std::string& vendor, const std::string& metric, Day d) const;
  double z(const std::string& athlete, const std::string& vendor, const std::string& metric, Day d) const;
  // Mean z-score over the athlete's device streams whose metric is in fuse `group`; NaN when none has one.
  double fused_z(const std::string& athlete, const std::string& group, Day d) const;
  // Days without a value between a stream's first and last day.
  std::uint64_t missing_days(const std::string& athlete, const std::string& vendor, const std::string& metric) const;
  const NormalizerCounts& counts() const { return counts_; }
  const VendorMapping& mapping() const { return *mapping_; }

  template <class Ar> void serialize(Ar& ar, unsigned) { ar & config_ & streams_ & counts_; }

 private:
  const Stream* find(const std::string& athlete, const std::string& vendor, const std::string& metric) const;
  const MetricSpec* spec_of(const Key& key, const Stream& s) const;
  void rescore(Stream& s, std::size_t from, std::size_t to) const;

  const VendorMapping* mapping_ = nullptr;
  BaselineConfig config_;
  std::map<Key, Stream> streams_;
  NormalizerCounts counts_;
};

}  // namespace preseason
