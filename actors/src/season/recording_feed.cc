#include "actors/season/recording_feed.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <tuple>

#include "actors/devices/field.h"
#include "actors/features/recording_inputs.h"
#include "actors/predictor/recorded_injuries.h"
#include "actors/season/calendar_table.h"
#include "actors/season/reading_channels.h"

namespace preseason::season {

namespace {

// Daily inputs of an imported recording reach the pipeline at this time after their day.
constexpr Time kImportedArrival = 15 * kMinute;

struct Reading {
  Time arrival;
  std::uint32_t field;
  Time measured;
  double value;
};

// A simulated device's stream is named <device>.<canonical metric> (season_recorder.cc).
std::map<std::string, Field> fields_by_stream() {
  std::map<std::string, Field> out;
  for (int f = 0; f < kFieldCount; ++f) {
    const FieldInfo& info = field_info(static_cast<Field>(f));
    const std::string vendor = info.vendor_name;
    out[vendor.substr(0, vendor.find('.')) + "." + info.canonical] = static_cast<Field>(f);
  }
  return out;
}

std::vector<Delivery> group(std::vector<Reading>& readings) {
  std::sort(readings.begin(), readings.end(), [](const Reading& a, const Reading& b) {
    return std::tie(a.arrival, a.field, a.measured) < std::tie(b.arrival, b.field, b.measured);
  });
  std::vector<Delivery> out;
  for (std::size_t i = 0; i < readings.size();) {
    auto batch = std::make_shared<SampleBatch>();
    const Time arrival = readings[i].arrival;
    for (; i < readings.size() && readings[i].arrival == arrival; ++i)
      batch->push_back(Sample{readings[i].measured, readings[i].field, readings[i].value});
    out.push_back(Delivery{arrival, std::move(batch)});
  }
  return out;
}

// Streams that map to a device field are rebuilt into the simulation's reading batches;
// the others become raw streams.
std::vector<Delivery> simulated_deliveries(const RecordingReader& rec, const std::string& athlete,
                                           const std::vector<StreamSummary>& streams, std::vector<RawStream>& raw,
                                           std::size_t chunk) {
  static const std::map<std::string, Field> fields = fields_by_stream();
  std::vector<Reading> readings;
  for (std::size_t k = 0; k < streams.size(); ++k) {
    const StreamSummary& s = streams[k];
    const auto f = fields.find(s.name);
    if (f == fields.end()) {
      raw.push_back(RawStream{s.name, kRawStream + static_cast<std::uint32_t>(k), s.samples});
      continue;
    }
    for (std::size_t offset = 0; offset < s.samples; offset += chunk) {
      const Samples part = rec.read(athlete, s.name, offset, chunk);
      for (std::size_t i = 0; i < part.time.size(); ++i) {
        const Time arrival = part.uploaded.empty() ? part.time[i] : part.uploaded[i];
        readings.push_back(Reading{arrival, static_cast<std::uint32_t>(f->second), part.time[i], part.value[i]});
      }
    }
  }
  return group(readings);
}

// When the last of samples [i, stop) reached the server.
Time last_arrival(const Samples& s, std::size_t i, std::size_t stop) {
  if (s.uploaded.empty()) return s.time[stop - 1];
  return *std::max_element(s.uploaded.begin() + static_cast<std::ptrdiff_t>(i),
                           s.uploaded.begin() + static_cast<std::ptrdiff_t>(stop));
}

// The recorded sessions with an RPE become the athlete's plan: what was done is what the
// policy is asked about. Several sessions on a day make one, RPE weighted by minutes.
std::vector<PlannedDay> plan_from_sessions(const RecordingReader& rec, const std::string& athlete) {
  std::map<Day, PlannedDay> days;
  bool has_sessions = false;
  for (const TableSummary& t : rec.tables(athlete)) has_sessions |= t.name == "sessions";
  if (!has_sessions) return {};
  const EventTable t = rec.read_table(athlete, "sessions");
  const auto* time = t.find<std::int64_t>("time");
  const auto* minutes = t.find<double>("minutes");
  const auto* rpe = t.find<double>("rpe");
  if (!time || !minutes || !rpe) return {};
  for (std::size_t i = 0; i < time->size(); ++i) {
    if (std::isnan((*rpe)[i]) || std::isnan((*minutes)[i]) || (*minutes)[i] <= 0) continue;
    PlannedDay& d = days[day_of((*time)[i])];
    d.day = day_of((*time)[i]);
    d.individual = true;
    d.session.type = SessionType::kModerate;
    const double load = d.session.minutes * d.session.rpe + (*minutes)[i] * (*rpe)[i];
    d.session.minutes += (*minutes)[i];
    d.session.rpe = load / d.session.minutes;
    d.session.intensity = 0.5;
  }
  std::vector<PlannedDay> out;
  for (auto& [day, d] : days) out.push_back(d);
  return out;
}

// A live store's export carries each athlete's planned days (the live scenario's
// calendar): those are the plan. Other imports plan what was done.
std::vector<PlannedDay> recorded_plan(const RecordingReader& rec, const std::string& athlete) {
  bool has_plan = false;
  for (const TableSummary& t : rec.tables(athlete)) has_plan |= t.name == "plan";
  if (!has_plan) return plan_from_sessions(rec, athlete);
  const EventTable t = rec.read_table(athlete, "plan");
  const auto missing = [&](const char* column) {
    return h5::Error(rec.path() + ": athletes/" + athlete + "/tables/plan has no column '" + column +
                     "' of the expected type");
  };
  for (const char* column : {"time", "type", "preseason", "away", "days_to_match", "days_since_match"})
    if (!t.find<std::int64_t>(column)) throw missing(column);
  for (const char* column : {"minutes", "rpe", "intensity", "tz_shift_h"})
    if (!t.find<double>(column)) throw missing(column);
  std::vector<PlannedDay> out;
  for (std::size_t i = 0; i < t.rows(); ++i) {
    out.push_back(calendar_day(t, i));
    out.back().individual = true;
  }
  return out;
}

}  // namespace

RecordingFeed read_feed(const RecordingReader& rec, const std::vector<std::string>& athletes, std::size_t chunk) {
  RecordingFeed feed;
  feed.simulated = rec.has_team_table("calendar");
  if (feed.simulated) {
    const EventTable t = rec.read_team_table("calendar");
    for (std::size_t i = 0; i < t.rows(); ++i) feed.calendar.push_back(calendar_day(t, i));
  }
  std::map<std::string, std::vector<const DailyInput*>> inputs;
  std::vector<DailyInput> rows;
  if (!feed.simulated) {
    rows = recording_inputs(rec);
    for (const DailyInput& d : rows) inputs[d.athlete].push_back(&d);
  }
  Day first = std::numeric_limits<Day>::max(), last = std::numeric_limits<Day>::min();
  for (const std::string& id : athletes) {
    AthleteFeed a;
    a.id = id;
    const std::vector<StreamSummary> streams = rec.streams(id);
    a.injuries = recorded_injury_reports(rec, id);
    if (feed.simulated) {
      a.deliveries = simulated_deliveries(rec, id, streams, a.raw, chunk);
    } else {
      // The daily inputs are computed from the streams; the streams also travel as measured.
      for (std::size_t k = 0; k < streams.size(); ++k)
        a.raw.push_back(RawStream{streams[k].name, kRawStream + static_cast<std::uint32_t>(k), streams[k].samples});
      for (const DailyInput* d : inputs[id]) {
        auto batch = std::make_shared<SampleBatch>();
        for (std::size_t k = 0; k < kInputCount; ++k)
          if (!std::isnan(d->values[k]))
            batch->push_back(Sample{start_of(d->day), kDirectInput + static_cast<std::uint32_t>(k), d->values[k]});
        if (!batch->empty()) a.deliveries.push_back(Delivery{start_of(d->day + 1) + kImportedArrival, std::move(batch)});
        first = std::min(first, d->day);
        last = std::max(last, d->day);
      }
      a.plan = recorded_plan(rec, id);
    }
    feed.athletes.push_back(std::move(a));
  }
  if (feed.simulated && !feed.calendar.empty()) {
    first = feed.calendar.front().day;
    last = feed.calendar.back().day;
  }
  feed.first_day = first == std::numeric_limits<Day>::max() ? 0 : first;
  feed.last_day = last == std::numeric_limits<Day>::min() ? 0 : last;
  return feed;
}

std::size_t first_at_or_after(const RecordingReader& rec, const std::string& athlete, const RawStream& stream, Time t) {
  // Replays mostly start at the beginning: one read instead of a search.
  if (stream.samples == 0 || rec.read(athlete, stream.name, 0, 1).time.at(0) >= t) return 0;
  std::size_t lo = 1, hi = stream.samples;
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    if (rec.read(athlete, stream.name, mid, 1).time.at(0) < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

std::vector<Delivery> raw_deliveries(const RecordingReader& rec, const std::string& athlete, const RawStream& stream,
                                     Time end, std::size_t& next, RawChunk& cache, std::size_t chunk) {
  std::vector<Delivery> out;
  SampleBatch* day = nullptr;  // the samples of out.back()
  Time day_end = std::numeric_limits<Time>::min();
  while (next < stream.samples) {
    const Samples& s = cache.samples;
    if (next < cache.offset || next >= cache.offset + s.time.size()) {
      // Aligned reads, so a file chunked in divisors of `chunk` decompresses each chunk once.
      cache.offset = next - next % chunk;
      cache.samples = rec.read(athlete, stream.name, cache.offset, chunk);
      if (next >= cache.offset + s.time.size()) break;
    }
    std::size_t i = next - cache.offset;
    while (i < s.time.size() && s.time[i] < end) {
      if (s.time[i] >= day_end) {
        day_end = start_of(day_of(s.time[i]) + 1);
        auto batch = std::make_shared<SampleBatch>();
        day = batch.get();
        out.push_back(Delivery{std::numeric_limits<Time>::min(), std::move(batch)});
      }
      const std::size_t stop =
          std::lower_bound(s.time.begin() + static_cast<std::ptrdiff_t>(i), s.time.end(), std::min(day_end, end)) -
          s.time.begin();
      Delivery& d = out.back();
      d.arrival = std::max(d.arrival, last_arrival(s, i, stop));
      day->reserve(day->size() + (stop - i));
      for (; i < stop; ++i) day->push_back(Sample{s.time[i], stream.channel, s.value[i]});
    }
    next = cache.offset + i;
    if (i < s.time.size()) break;
  }
  return out;
}

std::vector<Delivery> merge_by_arrival(const std::vector<std::vector<Delivery>>& streams) {
  struct Ref {
    Time arrival;
    std::size_t stream, index;
  };
  std::vector<Ref> refs;
  for (std::size_t k = 0; k < streams.size(); ++k)
    for (std::size_t j = 0; j < streams[k].size(); ++j) refs.push_back(Ref{streams[k][j].arrival, k, j});
  std::sort(refs.begin(), refs.end(), [](const Ref& a, const Ref& b) {
    return std::tie(a.arrival, a.stream, a.index) < std::tie(b.arrival, b.stream, b.index);
  });
  std::vector<Delivery> out;
  for (std::size_t a = 0; a < refs.size();) {
    std::size_t b = a + 1;
    while (b < refs.size() && refs[b].arrival == refs[a].arrival) ++b;
    const auto samples_of = [&](std::size_t r) -> const SampleBatch& { return *streams[refs[r].stream][refs[r].index].samples; };
    if (b == a + 1) {
      out.push_back(streams[refs[a].stream][refs[a].index]);
    } else {
      auto batch = std::make_shared<SampleBatch>();
      for (std::size_t r = a; r < b; ++r) batch->insert(batch->end(), samples_of(r).begin(), samples_of(r).end());
      out.push_back(Delivery{refs[a].arrival, std::move(batch)});
    }
    a = b;
  }
  return out;
}

}  // namespace preseason::season
