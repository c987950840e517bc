// One value a device reports: which field, the value in the field's own unit,
// when it was measured and when it reached the server (later when uploads lag).
#pragma once

#include <vector>

#include "actors/devices/field.h"
#include "data/time.h"

namespace preseason {

struct Reading {
  Field field;
  double value;
  Time measured;
  Time uploaded;
};

// Writes the reading straight into `out`: a braced temporary copied in would be
// reloaded wider than it was stored, a store-forwarding stall per reading, and
// devices emit about twenty readings a day.
inline void append_reading(std::vector<Reading>& out, Field field, double value, Time measured, Time uploaded) {
  Reading& r = out.emplace_back();
  r.field = field;
  r.value = value;
  r.measured = measured;
  r.uploaded = uploaded;
}

}  // namespace preseason
