#include "actors/season/calendar_record.h"

#include <stdexcept>

namespace preseason::season {

namespace {

constexpr std::size_t kFields = 4;

void put(SampleBatch& b, const Session& s) {
  for (double v : {static_cast<double>(s.type), s.minutes, s.rpe, s.intensity})
    b.push_back(Sample{0, static_cast<std::uint32_t>(b.size()), v});
}

Session take(const SampleBatch& b, std::size_t from) {
  Session s;
  s.type = static_cast<SessionType>(static_cast<int>(b[from].value));
  s.minutes = b[from + 1].value;
  s.rpe = b[from + 2].value;
  s.intensity = b[from + 3].value;
  return s;
}

}  // namespace

SampleBatch encode_calendar_day(const Session& planned, const Session& done) {
  SampleBatch b;
  b.reserve(2 * kFields);
  put(b, planned);
  put(b, done);
  return b;
}

std::pair<Session, Session> decode_calendar_day(const SampleBatch& batch) {
  if (batch.size() != 2 * kFields) throw std::invalid_argument("a calendar record holds two sessions of 4 values");
  return {take(batch, 0), take(batch, kFields)};
}

}  // namespace preseason::season
