// Incremental feature calculator for one athlete. Feed athlete-days in any order;
// a day earlier than the latest one (a late reading) updates that day and
// recomputes every later day, so the records always equal a batch run over all inputs.
#pragma once

#include <array>
#include <boost/serialization/array.hpp>
#include <boost/serialization/vector.hpp>
#include <cstdint>
#include <vector>

#include "actors/features/daily_input.h"
#include "actors/features/feature_config.h"
#include "actors/features/feature_record.h"

namespace preseason {

// The days [from, to] whose records were (re)computed by one update; empty when from > to.
struct FeatureUpdate {
  Day from = 0;
  Day to = -1;
  bool late = false;
  bool empty() const { return from > to; }
};

struct FeatureCounts {
  std::uint64_t days_fed = 0;
  std::uint64_t late = 0;        // updates to a day before the latest day seen
  std::uint64_t duplicates = 0;  // values given again for a day that already had them
  std::uint64_t gap_days = 0;    // calendar days filled in because nothing was fed for them

  template <class Ar> void serialize(Ar& ar, unsigned) { ar & days_fed & late & duplicates & gap_days; }
};

class AthleteFeatures {
 public:
  explicit AthleteFeatures(FeatureConfig config = {}) : config_(config) {}

  // Merges the day's reported values (NaN = not reported) into what is known about
  // that day and recomputes the affected records. in.athlete is not looked at.
  FeatureUpdate update(const DailyInput& in);
  // update() for the common case: returns the record of in.day.
  const FeatureRecord& add(const DailyInput& in);

  bool empty() const { return records_.empty(); }
  Day first_day() const { return first_; }
  Day last_day() const { return first_ + static_cast<Day>(records_.size()) - 1; }
  // Requires first_day() <= d <= last_day().
  const FeatureRecord& at(Day d) const { return records_[static_cast<std::size_t>(d - first_)]; }
  const std::vector<FeatureRecord>& records() const { return records_; }
  const FeatureCounts& counts() const { return counts_; }
  const FeatureConfig& config() const { return config_; }
  void reserve(std::size_t days);

  template <class Ar> void serialize(Ar& ar, unsigned) { ar & config_ & first_ & raw_ & not_measured_ & records_ & counts_; }

 private:
  void grow_to(std::size_t n);
  void recompute(std::size_t from);
  void compute(std::size_t i);
  // Number of days in [a, b] whose input k was not reported.
  int not_measured(Input k, std::size_t a, std::size_t b) const;

  FeatureConfig config_;
  Day first_ = 0;
  std::array<std::vector<double>, kInputCount> raw_;
  // Prefix counts of unreported days per input: not_measured_[k][i] counts days [0, i).
  std::array<std::vector<std::int32_t>, kInputCount> not_measured_;
  std::vector<FeatureRecord> records_;
  FeatureCounts counts_;
};

}  // namespace preseason
