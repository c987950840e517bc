// Incremental feature calculator for one athlete. Feed athlete-days in any order;
// a day earlier than the latest one (a late reading) updates that day and
// recomputes every later day, so the records always equal a batch run over all inputs.
#pragma once

#include <array>
#include <boost/serialization/array.hpp>
#include <boost/serialization/split_member.hpp>
#include <boost/serialization/vector.hpp>
#include <cstdint>
#include <utility>
#include <vector>

#include "actors/features/daily_input.h"
#include "actors/features/feature_config.h"
#include "actors/features/feature_record.h"
#include "actors/features/window_table.h"

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
  // update() for many athlete-days at once; the records are recomputed once, from the
  // earliest changed day, which makes a whole season in date order O(days).
  FeatureUpdate update(const std::vector<const DailyInput*>& days);
  // update() for the common case: returns the record of in.day.
  const FeatureRecord& add(const DailyInput& in);

  bool empty() const { return records_.empty(); }
  Day first_day() const { return first_; }
  Day last_day() const { return first_ + static_cast<Day>(records_.size()) - 1; }
  // Requires first_day() <= d <= last_day().
  const FeatureRecord& at(Day d) const { return records_[static_cast<std::size_t>(d - first_)]; }
  const std::vector<FeatureRecord>& records() const& { return records_; }
  std::vector<FeatureRecord> records() && { return std::move(records_); }
  const FeatureCounts& counts() const { return counts_; }
  const FeatureConfig& config() const { return config_; }
  void reserve(std::size_t days);

  // The window sums are derived from the inputs, so a checkpoint holds only the inputs and
  // records. The inputs are archived one series per input, whatever the layout in memory.
  template <class Ar> void save(Ar& ar, unsigned) const {
    InputSeries series = input_series();
    ar & config_ & first_ & series & records_ & counts_;
  }
  template <class Ar> void load(Ar& ar, unsigned) {
    InputSeries series;
    ar & config_ & first_ & series & records_ & counts_;
    set_input_series(series);
    rebuild_windows(0);
  }
  BOOST_SERIALIZATION_SPLIT_MEMBER()

 private:
  // Merges one athlete-day into the inputs and returns the first day index whose record
  // is stale (records_.size() when none); `late` says the day was before the latest one.
  std::size_t merge(const DailyInput& in, bool& late);
  FeatureUpdate settle(std::size_t from, bool late);
  void grow_to(std::size_t n);
  void recompute(std::size_t from);
  void rebuild_windows(std::size_t from);
  void compute(std::size_t i);
  // Number of days in [a, b] whose input k was not reported.
  int not_measured(Input k, std::size_t a, std::size_t b) const;

  using Row = std::array<double, kInputCount>;
  using InputSeries = std::array<std::vector<double>, kInputCount>;
  InputSeries input_series() const;
  void set_input_series(const InputSeries& series);

  FeatureConfig config_;
  Day first_ = 0;
  // One row of reported inputs per day, so that updating a day touches one place in memory.
  std::vector<Row> raw_;
  // Per input, the series its windows run over: reported values, except load (rest days
  // count as 0, every day reported) and sleep (the nightly deficit below the sleep need).
  // Both keep "not reported" as NaN except load, whose unreported days rest_days_ counts.
  WindowTable windows_{kInputCount};
  // Prefix counts of days without a reported load: rest_days_[i] counts days [0, i).
  std::vector<std::int32_t> rest_days_;
  std::vector<FeatureRecord> records_;
  FeatureCounts counts_;
};

}  // namespace preseason
