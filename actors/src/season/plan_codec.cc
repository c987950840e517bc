#include "actors/season/plan_codec.h"

#include <stdexcept>

namespace preseason::season {

namespace {
enum Channel : std::uint32_t {
  kType, kMinutes, kRpe, kIntensity, kPreseason, kAway, kTzShift, kDaysToMatch, kDaysSinceMatch, kIndividual,
  kChannels
};
}  // namespace

SampleBatch encode_plan(const std::vector<PlannedDay>& days) {
  SampleBatch out;
  out.reserve(days.size() * kChannels);
  for (const PlannedDay& d : days) {
    const Time t = start_of(d.day);
    const double values[kChannels] = {static_cast<double>(d.session.type), d.session.minutes, d.session.rpe,
                                      d.session.intensity, d.preseason ? 1.0 : 0.0, d.away ? 1.0 : 0.0,
                                      d.tz_shift_h, static_cast<double>(d.days_to_match),
                                      static_cast<double>(d.days_since_match), d.individual ? 1.0 : 0.0};
    for (std::uint32_t c = 0; c < kChannels; ++c) out.push_back(Sample{t, c, values[c]});
  }
  return out;
}

std::vector<PlannedDay> decode_plan(const SampleBatch& batch) {
  if (batch.size() % kChannels != 0) throw std::invalid_argument("plan batch is not a whole number of days");
  std::vector<PlannedDay> days(batch.size() / kChannels);
  for (std::size_t i = 0; i < days.size(); ++i) {
    const Sample* s = &batch[i * kChannels];
    PlannedDay& d = days[i];
    d.day = day_of(s[kType].time);
    d.session.type = static_cast<SessionType>(static_cast<int>(s[kType].value));
    d.session.minutes = s[kMinutes].value;
    d.session.rpe = s[kRpe].value;
    d.session.intensity = s[kIntensity].value;
    d.preseason = s[kPreseason].value != 0;
    d.away = s[kAway].value != 0;
    d.tz_shift_h = s[kTzShift].value;
    d.days_to_match = static_cast<int>(s[kDaysToMatch].value);
    d.days_since_match = static_cast<int>(s[kDaysSinceMatch].value);
    d.individual = s[kIndividual].value != 0;
  }
  return days;
}

}  // namespace preseason::season
