#include "data/athlete_data.h"

#include <algorithm>
#include <numeric>

namespace preseason {

namespace {

EventTable sorted_by_time(const EventTable& t) {
  const auto& time = *t.find<std::int64_t>("time");
  std::vector<std::size_t> order(time.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return time[a] < time[b]; });
  EventTable out;
  for (const auto& c : t.columns()) {
    std::visit(
        [&](const auto& values) {
          using T = typename std::decay_t<decltype(values)>::value_type;
          auto& dst = out.column<T>(c.name);
          for (std::size_t i : order) dst.push_back(values[i]);
        },
        c.values);
  }
  return out;
}

}  // namespace

void AthleteData::add(const StreamInfo& stream, Time time, double value) {
  auto [it, inserted] = streams_.try_emplace(stream.name(), Stream{stream, {}});
  it->second.samples.emplace_back(time, value);
}

void AthleteData::write(RecordingWriter& out, const std::string& athlete) const {
  for (const auto& [name, s] : streams_) {
    auto samples = s.samples;
    std::stable_sort(samples.begin(), samples.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<Time> times;
    std::vector<double> values;
    for (const auto& [t, v] : samples) times.push_back(t), values.push_back(v);
    out.append_samples(athlete, s.info, times, values);
  }
  for (const auto& [name, t] : tables_)
    if (t.rows() > 0) out.append_rows(athlete, name, sorted_by_time(t));
}

}  // namespace preseason
