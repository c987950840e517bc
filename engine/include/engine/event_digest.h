// digest() of an event taken piece by piece: the key, kind and scalars, then each batch
// sample in order. A producer can so digest an event it never builds; the same pieces
// give exactly digest(Event) of the event they describe.
#pragma once

#include <array>
#include <cstdint>
#include <cstring>

#include "engine/event.h"
#include "engine/random.h"

namespace preseason {

class EventDigest {
 public:
  EventDigest(const EventKey& k, EventKind kind, const std::array<double, 4>& values) {
    h_ = fold(static_cast<std::uint64_t>(k.time) ^ kP0,
              ((std::uint64_t{k.delta} << 32) | static_cast<std::uint32_t>(k.priority)) ^ kP1);
    h_ = fold(h_ ^ ((std::uint64_t{k.target} << 32) | k.source) ^ kP2, k.seq ^ kP3);
    h_ = fold(h_ ^ kind ^ kP1, bits(values[0]) ^ kP0);
    h_ = fold(h_ ^ bits(values[1]) ^ kP3, bits(values[2]) ^ kP2);
    h_ = fold(h_ ^ bits(values[3]) ^ kP0, kP1);
  }

  void add(Time time, std::uint32_t channel, double value) {
    h_ = fold(h_ ^ static_cast<std::uint64_t>(time) ^ kP2, (std::uint64_t{channel} ^ kP3) + bits(value));
    h_ = fold(h_ ^ bits(value) ^ kP1, kP0);
  }
  void add(const Sample& s) { add(s.time, s.channel, s.value); }

  std::uint64_t value() const { return mix64(h_); }

 private:
  static std::uint64_t bits(double x) {
    std::uint64_t u;
    std::memcpy(&u, &x, sizeof u);
    return u;
  }
  // wyhash's folded 128-bit multiply: two words mixed per multiplication, which keeps
  // the per-event digest to a handful of cycles.
  static std::uint64_t fold(std::uint64_t a, std::uint64_t b) {
    const __uint128_t r = static_cast<__uint128_t>(a) * b;
    return static_cast<std::uint64_t>(r) ^ static_cast<std::uint64_t>(r >> 64);
  }

  static constexpr std::uint64_t kP0 = 0xa0761d6478bd642fULL;
  static constexpr std::uint64_t kP1 = 0xe7037ed1a0b428dbULL;
  static constexpr std::uint64_t kP2 = 0x8ebc6af09c88c6e3ULL;
  static constexpr std::uint64_t kP3 = 0x589965cc75374cc3ULL;

  std::uint64_t h_;
};

}  // namespace preseason
