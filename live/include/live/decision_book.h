// The durable record of live decisions: each decided day's recommendations and every
// verdict on them (who, when, approve or override, why), in store/decisions.wal. A
// recommendation gets one verdict; the log is the audit trail. Thread-safe.
#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "live/day_decider.h"
#include "live/live_config.h"
#include "live/record_log.h"

namespace preseason::live {

struct Verdict {
  std::string id;  // the recommendation's
  std::string by;  // principal name
  Role role = Role::kCoach;
  Time at = 0;
  bool approved = false;
  std::string reason;                      // required for an override
  std::optional<double> minutes, rpe;      // an override's session, when it names one
};

struct BookEntry {
  std::string id;  // "<date>.<athlete>"
  std::uint64_t through_sequence = 0;
  std::string decided_by;
  Time decided_at = 0;
  Recommendation recommendation;
  std::optional<Verdict> verdict;
};

class DecisionBook {
 public:
  // Opens or creates store_dir/decisions.wal; throws WalError for a damaged one.
  explicit DecisionBook(const std::string& store_dir);

  // Records a decided day; false (nothing written) when the day has recommendations already.
  bool add_day(const DayDecision& day, const std::string& by, Time at);
  bool has_day(Day day) const;

  enum class VerdictOutcome { kRecorded, kUnknown, kAlreadyDecided };
  VerdictOutcome add_verdict(const Verdict& verdict);

  std::optional<BookEntry> entry(const std::string& id) const;
  std::vector<BookEntry> entries(std::optional<Day> day) const;
  std::vector<Verdict> verdicts() const;  // in the order they were given

  static std::string id_of(Day day, const std::string& athlete);

 private:
  void apply(const std::string& record);

  mutable std::mutex mutex_;
  std::vector<BookEntry> entries_;
  std::vector<Verdict> verdicts_;
  RecordLog log_;  // last: replaying it at construction fills the members above
};

}  // namespace preseason::live
