// One value a device reports: which field, the value in the field's own unit,
// when it was measured and when it reached the server (later when uploads lag).
#pragma once

#include "actors/devices/field.h"
#include "data/time.h"

namespace preseason {

struct Reading {
  Field field;
  double value;
  Time measured;
  Time uploaded;
};

}  // namespace preseason
