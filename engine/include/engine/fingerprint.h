// The run fingerprint: a 128-bit hash over every delivered event's key, kind and
// payload digest. Because delivery order is the sort order of the event keys,
// hashing the set of events is equivalent to hashing the delivered sequence, so
// shards combine their parts by addition, in any order, with the same result.
#pragma once

#include <cstdint>
#include <string>

#include "engine/event.h"

namespace preseason {

class Fingerprint {
 public:
  void add(const Event& e) { add_digest(digest(e)); }
  void add_digest(std::uint64_t d);
  void merge(const Fingerprint& other);
  std::uint64_t events() const { return count_; }
  std::string hex() const;
  friend bool operator==(const Fingerprint& a, const Fingerprint& b) {
    return a.lo_ == b.lo_ && a.hi_ == b.hi_ && a.count_ == b.count_;
  }
  friend bool operator!=(const Fingerprint& a, const Fingerprint& b) { return !(a == b); }

  template <class Archive> void serialize(Archive& ar, unsigned) { ar & lo_ & hi_ & count_; }

 private:
  std::uint64_t lo_ = 0;
  std::uint64_t hi_ = 0;
  std::uint64_t count_ = 0;
};

}  // namespace preseason
