#include "engine/random.h"

#include <cmath>

namespace preseason {

namespace detail {

NormalZiggurat::NormalZiggurat() {
  const double r = 3.6541528853610087963519472518;
  const double fr = std::exp(-0.5 * r * r);
  // Each layer's area: the base rectangle r f(r) plus the tail beyond r.
  const double v = r * fr + std::sqrt(std::acos(-1.0) / 2) * std::erfc(r / std::sqrt(2.0));
  x[0] = v / fr;
  x[1] = r;
  for (std::size_t i = 1; i < kLayers - 1; ++i) x[i + 1] = std::sqrt(-2 * std::log(v / x[i] + std::exp(-0.5 * x[i] * x[i])));
  x[kLayers] = 0;
  for (std::size_t i = 0; i <= kLayers; ++i) f[i] = std::exp(-0.5 * x[i] * x[i]);
}

}  // namespace detail

Rng::Rng(std::uint64_t seed, std::uint64_t replicate, std::uint64_t stream) {
  std::uint64_t x = mix64(mix64(mix64(seed) ^ replicate) ^ stream);
  for (auto& word : s_) {
    x = mix64(x);
    word = x;
  }
}

std::uint64_t Rng::below(std::uint64_t n) {
  // Lemire's multiply-shift with rejection.
  std::uint64_t x = (*this)();
  __uint128_t m = static_cast<__uint128_t>(x) * n;
  std::uint64_t low = static_cast<std::uint64_t>(m);
  if (low < n) {
    const std::uint64_t threshold = (0 - n) % n;
    while (low < threshold) {
      x = (*this)();
      m = static_cast<__uint128_t>(x) * n;
      low = static_cast<std::uint64_t>(m);
    }
  }
  return static_cast<std::uint64_t>(m >> 64);
}

double Rng::normal_outside_rectangle(std::uint64_t bits, double x) {
  const detail::NormalZiggurat& z = detail::normal_ziggurat();
  const std::size_t i = bits & 0xff;
  const double sign = (bits & 0x100) ? -1.0 : 1.0;
  if (i == 0) return sign * normal_tail(z.x[1]);
  if (z.f[i] + uniform() * (z.f[i + 1] - z.f[i]) < std::exp(-0.5 * x * x)) return sign * x;
  return normal();
}

double Rng::normal_tail(double r) {
  // Marsaglia (1964): exact sampling of the normal beyond r.
  for (;;) {
    const double x = -std::log1p(-uniform()) / r;
    const double y = -std::log1p(-uniform());
    if (y + y > x * x) return r + x;
  }
}

double Rng::lognormal(double mu, double sigma) { return std::exp(normal(mu, sigma)); }

double Rng::exponential(double rate) { return -std::log1p(-uniform()) / rate; }

std::uint32_t Rng::poisson(double mean) {
  if (mean <= 0) return 0;
  if (mean > 60) {
    const double x = std::round(normal(mean, std::sqrt(mean)));
    return x < 0 ? 0 : static_cast<std::uint32_t>(x);
  }
  // Knuth's multiplication method; fine for the small means the models use.
  const double limit = std::exp(-mean);
  std::uint32_t k = 0;
  double p = uniform();
  while (p > limit) {
    ++k;
    p *= uniform();
  }
  return k;
}

}  // namespace preseason
