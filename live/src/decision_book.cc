#include "live/decision_book.h"

#include <algorithm>
#include <filesystem>

#include "live/decision_json.h"

namespace preseason::live {

using nlohmann::json;

std::string DecisionBook::id_of(Day day, const std::string& athlete) { return format_date(day) + "." + athlete; }

DecisionBook::DecisionBook(const std::string& store_dir)
    : log_((std::filesystem::path(store_dir) / "decisions.wal").string(),
           [this](const std::string& record) { apply(record); }) {}

void DecisionBook::apply(const std::string& payload) {
  const json j = json::parse(payload);
  if (j.at("type") == "day") {
    for (const json& e : j.at("recommendations")) {
      BookEntry entry;
      entry.recommendation = recommendation_from_json(e);
      entry.id = id_of(entry.recommendation.day, entry.recommendation.athlete);
      entry.through_sequence = j.at("through_sequence").get<std::uint64_t>();
      entry.decided_by = j.at("by").get<std::string>();
      entry.decided_at = j.at("at").get<Time>();
      entries_.push_back(std::move(entry));
    }
    return;
  }
  Verdict v = verdict_from_json(j.at("verdict"));
  for (BookEntry& e : entries_)
    if (e.id == v.id) e.verdict = v;
  verdicts_.push_back(std::move(v));
}

bool DecisionBook::has_day(Day day) const {
  std::lock_guard lock(mutex_);
  return std::any_of(entries_.begin(), entries_.end(),
                     [&](const BookEntry& e) { return e.recommendation.day == day; });
}

bool DecisionBook::add_day(const DayDecision& day, const std::string& by, Time at) {
  std::lock_guard lock(mutex_);
  for (const BookEntry& e : entries_)
    if (e.recommendation.day == day.day) return false;
  json recommendations = json::array();
  for (const Recommendation& r : day.recommendations) recommendations.push_back(to_json(r));
  log_.append(json{{"type", "day"},
              {"date", format_date(day.day)},
              {"through_sequence", day.through_sequence},
              {"by", by},
              {"at", at},
              {"recommendations", recommendations}}
             .dump());
  return true;
}

DecisionBook::VerdictOutcome DecisionBook::add_verdict(const Verdict& verdict) {
  std::lock_guard lock(mutex_);
  const auto it = std::find_if(entries_.begin(), entries_.end(), [&](const BookEntry& e) { return e.id == verdict.id; });
  if (it == entries_.end()) return VerdictOutcome::kUnknown;
  if (it->verdict) return VerdictOutcome::kAlreadyDecided;
  log_.append(json{{"type", "verdict"}, {"verdict", to_json(verdict)}}.dump());
  return VerdictOutcome::kRecorded;
}

std::optional<BookEntry> DecisionBook::entry(const std::string& id) const {
  std::lock_guard lock(mutex_);
  for (const BookEntry& e : entries_)
    if (e.id == id) return e;
  return std::nullopt;
}

std::vector<BookEntry> DecisionBook::entries(std::optional<Day> day) const {
  std::lock_guard lock(mutex_);
  std::vector<BookEntry> out;
  for (const BookEntry& e : entries_)
    if (!day || e.recommendation.day == *day) out.push_back(e);
  return out;
}

std::vector<Verdict> DecisionBook::verdicts() const {
  std::lock_guard lock(mutex_);
  return verdicts_;
}

}  // namespace preseason::live
