// Each actor's own random stream: xoshiro256** seeded from (run seed, replicate,
// actor id). 32 bytes of state, so it is cheap to checkpoint, and the draws below
// keep no hidden state (unlike std::normal_distribution) so a restored stream
// continues exactly.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>

namespace preseason {

namespace detail {

// The 256 equal-area layers of Marsaglia & Tsang's (2000) ziggurat under
// exp(-x^2/2). Constant after construction, so shared by every stream and thread.
struct NormalZiggurat {
  static constexpr std::size_t kLayers = 256;
  NormalZiggurat();
  // Layer edges, descending: x[1] = r starts the tail, x[256] = 0 is the top, and
  // x[0] = v / f(r) widens the base layer so that it also holds the tail.
  std::array<double, kLayers + 1> x;
  std::array<double, kLayers + 1> f;  // exp(-x^2/2) at each edge
};

inline const NormalZiggurat& normal_ziggurat() {
  static const NormalZiggurat z;
  return z;
}

}  // namespace detail

class Rng {
 public:
  using result_type = std::uint64_t;

  Rng() : Rng(0, 0, 0) {}
  Rng(std::uint64_t seed, std::uint64_t replicate, std::uint64_t stream);

  static constexpr result_type min() { return 0; }
  static constexpr result_type max() { return std::numeric_limits<result_type>::max(); }

  // The hot draws are inline: a model makes dozens of them per simulated day.
  result_type operator()() {
    const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
  }

  double uniform() { return static_cast<double>((*this)() >> 11) * 0x1.0p-53; }  // [0, 1)
  double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }   // [lo, hi)
  std::uint64_t below(std::uint64_t n);  // [0, n), unbiased

  // N(0, 1), exact. One 64-bit draw picks the ziggurat layer (low 8 bits), the
  // sign (bit 8) and the point in the layer (top 53 bits); about 99 % of draws
  // end inside the layer's rectangle, the rest go to the wedge or the tail.
  double normal() {
    const detail::NormalZiggurat& z = detail::normal_ziggurat();
    const std::uint64_t bits = (*this)();
    const std::size_t i = bits & 0xff;
    const double x = static_cast<double>(bits >> 11) * 0x1.0p-53 * z.x[i];
    if (x < z.x[i + 1]) return (bits & 0x100) ? -x : x;
    return normal_outside_rectangle(bits, x);
  }
  double normal(double mean, double sd) { return mean + sd * normal(); }
  double lognormal(double mu, double sigma);
  double exponential(double rate);
  bool bernoulli(double p) { return uniform() < p; }
  std::uint32_t poisson(double mean);

  const std::array<std::uint64_t, 4>& state() const { return s_; }
  void set_state(const std::array<std::uint64_t, 4>& s) { s_ = s; }

  template <class Archive> void serialize(Archive& ar, unsigned) { ar & s_; }

  friend bool operator==(const Rng& a, const Rng& b) { return a.s_ == b.s_; }

 private:
  static constexpr std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  double normal_outside_rectangle(std::uint64_t bits, double x);
  double normal_tail(double r);

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
