// A day of an athlete's calendar as a record: the planned and the decided session in
// one sample batch, so the calendar output can show both without another record kind.
#pragma once

#include <utility>

#include "actors/athlete/session.h"
#include "engine/event.h"

namespace preseason::season {

SampleBatch encode_calendar_day(const Session& planned, const Session& done);
// Throws std::invalid_argument when the batch is not one encoded day.
std::pair<Session, Session> decode_calendar_day(const SampleBatch& batch);

}  // namespace preseason::season
