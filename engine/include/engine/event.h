// An event and its total order. Delivery follows EventKey order, never arrival
// order, which is what makes a run independent of thread scheduling.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <tuple>
#include <vector>

#include "data/time.h"

namespace preseason {

using ActorId = std::uint32_t;
using EventKind = std::uint32_t;

// One measured value inside a batch (e.g. a day of minute-level heart rate).
struct Sample {
  Time time;
  std::uint32_t channel;
  double value;
  friend bool operator==(const Sample& a, const Sample& b) {
    return a.time == b.time && a.channel == b.channel && a.value == b.value;
  }
};
using SampleBatch = std::vector<Sample>;

// A few scalars whose meaning the event kind defines, plus an optional shared,
// immutable batch of samples so one event can carry many readings.
struct Payload {
  std::array<double, 4> values{};
  std::shared_ptr<const SampleBatch> batch;

  Payload() = default;
  Payload(std::initializer_list<double> v) {
    std::size_t i = 0;
    for (double x : v) values.at(i++) = x;
  }
  double operator[](std::size_t i) const { return values[i]; }
};

// (time, delta, priority, target, source, per-source sequence): a total order.
struct EventKey {
  Time time = 0;
  std::uint32_t delta = 0;     // delta cycle within one timestamp
  std::int32_t priority = 0;   // lower runs first (day phases use it)
  ActorId target = 0;
  ActorId source = 0;
  std::uint64_t seq = 0;       // per-source send counter

  auto tie() const { return std::tie(time, delta, priority, target, source, seq); }
  friend bool operator<(const EventKey& a, const EventKey& b) { return a.tie() < b.tie(); }
  friend bool operator==(const EventKey& a, const EventKey& b) { return a.tie() == b.tie(); }
};

struct Event {
  EventKey key;
  EventKind kind = 0;
  Payload payload;

  Time time() const { return key.time; }
  ActorId target() const { return key.target; }
  ActorId source() const { return key.source; }
};

// 64-bit digest of an event: its full key, kind and payload (scalars and batch).
std::uint64_t digest(const Event& e);
// The same digest of the event these pieces would make, for one never built.
std::uint64_t digest(const EventKey& key, EventKind kind, const Payload& payload);

}  // namespace preseason
