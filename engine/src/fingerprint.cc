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

std::uint64_t combine(std::uint64_t h, std::uint64_t v) { return mix64(h ^ v); }

}  // namespace

std::uint64_t digest(const Event& e) {
  std::uint64_t h = mix64(static_cast<std::uint64_t>(e.key.time));
  h = combine(h, (std::uint64_t{e.key.delta} << 32) | static_cast<std::uint32_t>(e.key.priority));
  h = combine(h, (std::uint64_t{e.key.target} << 32) | e.key.source);
  h = combine(h, e.key.seq);
  h = combine(h, e.kind);
  for (double v : e.payload.values) h = combine(h, bits(v));
  if (e.payload.batch) {
    for (const Sample& s : *e.payload.batch) {
      h = combine(h, static_cast<std::uint64_t>(s.time));
      h = combine(h, s.channel);
      h = combine(h, bits(s.value));
    }
  }
  return h;
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
