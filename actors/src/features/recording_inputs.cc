#include "actors/features/recording_inputs.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

#include "data/recording_reader.h"

namespace preseason {

namespace {

constexpr char kSessions[] = "sessions";
// Sources whose streams are not measurements: the simulator's hidden state.
constexpr char kTruthSource[] = "truth";
// Self-report apps: their sleep duration is a recollection, so a device's is preferred.
constexpr char kQuestionnaireSource[] = "pmsys";

// Where one stream's samples go: the input, how a value converts, and its rank among
// streams feeding the same input (higher wins a day; equal ranks: first stream by name).
struct Route {
  Input input;
  int rank = 1;
  double scale = 1;
  bool ln = false;
};

std::optional<Route> route(const StreamSummary& s, const std::string& where) {
  const StreamInfo& i = s.info;
  if (i.source == kTruthSource) return std::nullopt;
  if (i.metric == "ln_rmssd") return Route{Input::kLnRmssd, 2};
  if (i.metric == "rmssd") {
    if (i.unit != "ms") throw h5::Error(where + ": rmssd in unit '" + i.unit + "', expected ms");
    return Route{Input::kLnRmssd, 1, 1, true};
  }
  if (i.metric == "sleep_duration") {
    const int rank = i.source == kQuestionnaireSource ? 1 : 2;
    if (i.unit == "h") return Route{Input::kSleepH, rank};
    if (i.unit == "min") return Route{Input::kSleepH, rank, 1.0 / 60};
    if (i.unit == "s") return Route{Input::kSleepH, rank, 1.0 / 3600};
    throw h5::Error(where + ": sleep_duration in unit '" + i.unit + "', expected h, min or s");
  }
  for (std::size_t k = index(kFirstWellness); k < kInputCount; ++k)
    if (i.metric == input_name(static_cast<Input>(k))) return Route{static_cast<Input>(k)};
  return std::nullopt;
}

// One athlete's days, indexed from the first day with data; each cell remembers which
// stream set it so a higher-ranked stream overrides and a later sample of the same stream too.
class Days {
 public:
  void put(Day d, Input k, double v, int rank, int owner) {
    Cell& c = cell(d, k);
    if (c.owner >= 0 && c.owner != owner && c.rank >= rank) return;
    c = {v, rank, owner};
  }
  void add_load(Day d, double load) {
    Cell& c = cell(d, Input::kLoad);
    c.value = c.owner < 0 ? load : c.value + load;
    c.owner = 0;
  }
  void emit(const std::string& athlete, std::vector<DailyInput>& out) const {
    for (std::size_t i = 0; i < cells_.size(); ++i) {
      const auto& day = cells_[i];
      if (std::none_of(day.begin(), day.end(), [](const Cell& c) { return c.owner >= 0; })) continue;
      DailyInput& in = out.emplace_back(athlete, first_ + static_cast<Day>(i));
      for (std::size_t k = 0; k < kInputCount; ++k)
        if (day[k].owner >= 0) in.values[k] = day[k].value;
    }
  }

 private:
  struct Cell {
    double value = 0;
    int rank = 0;
    int owner = -1;
  };
  Cell& cell(Day d, Input k) {
    if (cells_.empty()) first_ = d;
    if (d < first_) {
      cells_.insert(cells_.begin(), static_cast<std::size_t>(first_ - d), {});
      first_ = d;
    }
    const auto i = static_cast<std::size_t>(d - first_);
    if (i >= cells_.size()) cells_.resize(i + 1);
    return cells_[i][index(k)];
  }
  Day first_ = 0;
  std::vector<std::array<Cell, kInputCount>> cells_;
};

// Session load is the self-reported sRPE: only sessions with an RPE count (a watch that
// logs the same session has none), with `load`, or RPE × minutes when `load` is absent.
void add_sessions(const RecordingReader& rec, const std::string& athlete, Days& days) {
  const auto tables = rec.tables(athlete);
  if (std::none_of(tables.begin(), tables.end(), [](const TableSummary& t) { return t.name == kSessions; })) return;
  const EventTable t = rec.read_table(athlete, kSessions);
  const auto* time = t.find<std::int64_t>("time");
  const auto* rpe = t.find<double>("rpe");
  if (!time || !rpe) return;
  const auto* load = t.find<double>("load");
  const auto* minutes = t.find<double>("minutes");
  for (std::size_t r = 0; r < time->size(); ++r) {
    if (std::isnan((*rpe)[r])) continue;
    double l = load ? (*load)[r] : std::nan("");
    if (std::isnan(l) && minutes) l = (*rpe)[r] * (*minutes)[r];
    if (!std::isfinite(l) || l < 0) continue;
    days.add_load(day_of((*time)[r]), l);
  }
}

}  // namespace

std::vector<DailyInput> recording_inputs(const RecordingReader& rec) {
  std::vector<DailyInput> out;
  for (const std::string& athlete : rec.athletes()) {
    Days days;
    add_sessions(rec, athlete, days);
    auto streams = rec.streams(athlete);
    std::sort(streams.begin(), streams.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    for (std::size_t s = 0; s < streams.size(); ++s) {
      const std::optional<Route> r = route(streams[s], rec.path() + ":/athletes/" + athlete + "/streams/" + streams[s].name);
      if (!r) continue;
      const Samples x = rec.read(athlete, streams[s].name);
      for (std::size_t j = 0; j < x.time.size(); ++j) {
        double v = x.value[j] * r->scale;
        if (r->ln) v = v > 0 ? std::log(v) : std::nan("");
        if (std::isfinite(v)) days.put(day_of(x.time[j]), r->input, v, r->rank, static_cast<int>(s) + 1);
      }
    }
    days.emit(athlete, out);
  }
  return out;
}

}  // namespace preseason
