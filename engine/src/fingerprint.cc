#include "engine/fingerprint.h"

#include <cstring>
#include <fmt/format.h>

#include "engine/random.h"

namespace preseason {

namespace {

std::uint64_t bits(double x) {
  std::uint64_t u;
  std::memcpy(&u, &x, sizeof u);
  return u;
}

// wyhash's folded 128-bit multiply: two words mixed per multiplication, which keeps
// the per-event digest to a handful of cycles.
std::uint64_t fold(std::uint64_t a, std::uint64_t b) {
  const __uint128_t r = static_cast<__uint128_t>(a) * b;
  return static_cast<std::uint64_t>(r) ^ static_cast<std::uint64_t>(r >> 64);
}

constexpr std::uint64_t kP0 = 0xa0761d6478bd642fULL;
constexpr std::uint64_t kP1 = 0xe7037ed1a0b428dbULL;
constexpr std::uint64_t kP2 = 0x8ebc6af09c88c6e3ULL;
constexpr std::uint64_t kP3 = 0x589965cc75374cc3ULL;

}  // namespace

std::uint64_t digest(const Event& e) {
  const EventKey& k = e.key;
  std::uint64_t h = fold(static_cast<std::uint64_t>(k.time) ^ kP0,
                         ((std::uint64_t{k.delta} << 32) | static_cast<std::uint32_t>(k.priority)) ^ kP1);
  h = fold(h ^ ((std::uint64_t{k.target} << 32) | k.source) ^ kP2, k.seq ^ kP3);
  h = fold(h ^ e.kind ^ kP1, bits(e.payload.values[0]) ^ kP0);
  h = fold(h ^ bits(e.payload.values[1]) ^ kP3, bits(e.payload.values[2]) ^ kP2);
  h = fold(h ^ bits(e.payload.values[3]) ^ kP0, kP1);
  if (e.payload.batch) {
    for (const Sample& s : *e.payload.batch) {
      h = fold(h ^ static_cast<std::uint64_t>(s.time) ^ kP2, (std::uint64_t{s.channel} ^ kP3) + bits(s.value));
      h = fold(h ^ bits(s.value) ^ kP1, kP0);
    }
  }
  return mix64(h);
}

void Fingerprint::add_digest(std::uint64_t d) {
  lo_ += d;
  hi_ += mix64(d ^ 0x5bd1e9955bd1e995ULL);
  ++count_;
}

void Fingerprint::merge(const Fingerprint& other) {
  lo_ += other.lo_;
  hi_ += other.hi_;
  count_ += other.count_;
}

std::string Fingerprint::hex() const { return fmt::format("{:016x}{:016x}", hi_, lo_); }

}  // namespace preseason
