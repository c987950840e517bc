// Incremental feature calculator for one athlete. Feed athlete-days in any order;
// a day earlier than the latest one (a late reading) updates that day and
// recomputes every later day, so the records always equal a batch run over all inputs.
// A bounded calculator keeps only the days that updates reaching back a set number of
// days can still need, and computes bit for bit what an unbounded one does.
#pragma once

#include <array>
#include <boost/serialization/array.hpp>
#include <boost/serialization/split_member.hpp>
#include <boost/serialization/vector.hpp>
#include <cstdint>
#include <utility>
#include <vector>

#include "actors/features/daily_input.h"
#include "actors/features/day_ring.h"
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
  static constexpr std::size_t kAnyDay = ~std::size_t{0};

  // With `late_days` set, an update's earliest recomputed day (its earliest changed day, or
  // the first new one) must be at most late_days before the latest day after it; the
  // records of earlier days are dropped.
  explicit AthleteFeatures(FeatureConfig config = {}, std::size_t late_days = kAnyDay)
      : config_(config),
        late_days_(late_days),
        raw_(1, kept_days(config, late_days)),
        windows_(kInputCount, kept_days(config, late_days)),
        rest_days_(1, kept_days(config, late_days)),
        records_(1, kept_days(config, late_days)) {}

  // Merges the day's reported values (NaN = not reported) into what is known about
  // that day and recomputes the affected records. in.athlete is not looked at. Throws
  // std::out_of_range, changing nothing, for an update a bounded calculator cannot make.
  FeatureUpdate update(const DailyInput& in);
  // update() for many athlete-days at once; the records are recomputed once, from the
  // earliest changed day, which makes a whole season in date order O(days).
  FeatureUpdate update(const std::vector<const DailyInput*>& days);
  // update() for the common case: returns the record of in.day.
  const FeatureRecord& add(const DailyInput& in);

  bool empty() const { return records_.size() == 0; }
  Day first_day() const { return first_; }
  Day last_day() const { return first_ + static_cast<Day>(records_.size()) - 1; }
  // The earliest day whose record is still kept: first_day() unless bounded.
  Day first_kept_day() const { return first_ + static_cast<Day>(windows_.first_kept()); }
  // Requires first_kept_day() <= d <= last_day().
  const FeatureRecord& at(Day d) const { return records_[static_cast<std::size_t>(d - first_)]; }
  // Every day's record; requires first_kept_day() == first_day().
  const std::vector<FeatureRecord>& records() const& { return records_.all(); }
  std::vector<FeatureRecord> records() && { return std::move(records_).all(); }
  const FeatureCounts& counts() const { return counts_; }
  const FeatureConfig& config() const { return config_; }
  void reserve(std::size_t days);
  // Asks the cache for what the next day's update will read.
  void warm() const;

  // The window sums are derived from the inputs, so a checkpoint holds the kept days' inputs
  // and records and the window prefixes of the first kept day, which the rest are rebuilt
  // from exactly. The inputs are archived one series per input, whatever the layout in memory.
  template <class Ar> void save(Ar& ar, unsigned) const {
    const std::size_t days = records_.size(), kept = windows_.first_kept();
    InputSeries series = input_series(kept);
    std::vector<FeatureRecord> records;
    for (std::size_t i = kept; i < days; ++i) records.push_back(records_[i]);
    std::vector<WindowTable::Prefix> prefixes = windows_.prefixes(kept);
    std::int32_t rest_days = rest_days_.size() > kept ? rest_days_[kept] : 0;
    ar & config_ & late_days_ & first_ & days & kept & series & records & prefixes & rest_days & counts_;
  }
  template <class Ar> void load(Ar& ar, unsigned) {
    std::size_t days = 0, kept = 0;
    InputSeries series;
    std::vector<FeatureRecord> records;
    std::vector<WindowTable::Prefix> prefixes;
    std::int32_t rest_days = 0;
    ar & config_ & late_days_ & first_ & days & kept & series & records & prefixes & rest_days & counts_;
    restore(days, kept, series, records, prefixes, rest_days);
  }
  BOOST_SERIALIZATION_SPLIT_MEMBER()

 private:
  using Row = std::array<double, kInputCount>;
  using InputSeries = std::array<std::vector<double>, kInputCount>;

  // What the rings keep: every day, or the late days, the longest window's reach and the
  // day before it.
  static std::size_t kept_days(const FeatureConfig& config, std::size_t late_days);
  // Throws std::out_of_range when an update of days [lo, hi] needs a day no longer kept.
  void require_kept(Day lo, Day hi) const;
  void restore(std::size_t days, std::size_t kept, const InputSeries& series, const std::vector<FeatureRecord>& records,
               const std::vector<WindowTable::Prefix>& prefixes, std::int32_t rest_days);
  // Merges one athlete-day into the inputs and returns the first day index whose record
  // is stale (records_.size() when none); `late` says the day was before the latest one.
  std::size_t merge(const DailyInput& in, bool& late);
  FeatureUpdate settle(std::size_t from, bool late);
  void grow_to(std::size_t n);
  void recompute(std::size_t from);
  void rebuild_windows(std::size_t from);
  void compute(std::size_t i);
  // Asks the cache for the window starts computing day i will read.
  void prefetch_day(std::size_t i) const;
  // Number of days in [a, b] whose input k was not reported.
  int not_measured(Input k, std::size_t a, std::size_t b) const;

  // Inputs of days [from, last), one series per input.
  InputSeries input_series(std::size_t from) const;

  FeatureConfig config_;
  std::size_t late_days_;
  Day first_ = 0;
  // One row of reported inputs per day, so that updating a day touches one place in memory.
  DayRing<Row> raw_;
  // Per input, the series its windows run over: reported values, except load (rest days
  // count as 0, every day reported) and sleep (the nightly deficit below the sleep need).
  // Both keep "not reported" as NaN except load, whose unreported days rest_days_ counts.
  WindowTable windows_;
  // Prefix counts of days without a reported load: rest_days_[i] counts days [0, i).
  DayRing<std::int32_t> rest_days_;
  DayRing<FeatureRecord> records_;
  FeatureCounts counts_;
};

}  // namespace preseason
