#include "engine/fingerprint.h"

#include <fmt/format.h>

#include "engine/event_digest.h"
#include "engine/random.h"

namespace preseason {

std::uint64_t digest(const Event& e) { return digest(e.key, e.kind, e.payload); }

std::uint64_t digest(const EventKey& key, EventKind kind, const Payload& payload) {
  EventDigest d(key, kind, payload.values);
  if (payload.batch)
    for (const Sample& s : *payload.batch) d.add(s);
  return d.value();
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
