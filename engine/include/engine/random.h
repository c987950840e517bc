// Each actor's own random stream: xoshiro256** seeded from (run seed, replicate,
// actor id). 32 bytes of state, so it is cheap to checkpoint, and the draws below
// keep no hidden state (unlike std::normal_distribution) so a restored stream
// continues exactly.
#pragma once

#include <array>
#include <cstdint>
#include <limits>

namespace preseason {

class Rng {
 public:
  using result_type = std::uint64_t;

  Rng() : Rng(0, 0, 0) {}
  Rng(std::uint64_t seed, std::uint64_t replicate, std::uint64_t stream);

  static constexpr result_type min() { return 0; }
  static constexpr result_type max() { return std::numeric_limits<result_type>::max(); }
  result_type operator()();

  double uniform();                      // [0, 1)
  double uniform(double lo, double hi);  // [lo, hi)
  std::uint64_t below(std::uint64_t n);  // [0, n), unbiased
  double normal();                       // N(0, 1)
  double normal(double mean, double sd);
  double lognormal(double mu, double sigma);
  double exponential(double rate);
  bool bernoulli(double p);
  std::uint32_t poisson(double mean);

  const std::array<std::uint64_t, 4>& state() const { return s_; }
  void set_state(const std::array<std::uint64_t, 4>& s) { s_ = s; }

  template <class Archive> void serialize(Archive& ar, unsigned) { ar & s_; }

  friend bool operator==(const Rng& a, const Rng& b) { return a.s_ == b.s_; }

 private:
  std::array<std::uint64_t, 4> s_;
};

// SplitMix64 finalizer: a fast, well-mixed 64-bit hash step.
constexpr std::uint64_t mix64(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

}  // namespace preseason
