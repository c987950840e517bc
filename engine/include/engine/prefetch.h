// A hint that asks the cache for memory ahead of reading it; it changes nothing else, and
// an address that is not mapped is ignored.
#pragma once

#include <cstddef>
#include <cstdint>

namespace preseason {

inline void prefetch_bytes(const void* first, std::size_t bytes) {
  constexpr std::uintptr_t kLine = 64;
  const auto begin = reinterpret_cast<std::uintptr_t>(first) & ~(kLine - 1);
  const auto end = reinterpret_cast<std::uintptr_t>(first) + bytes;
  for (std::uintptr_t line = begin; line < end; line += kLine) {
    __builtin_prefetch(reinterpret_cast<const void*>(line));
    // Keeps GCC 12 from deleting a loop of nothing but prefetches behind an early return.
    asm volatile("" : : "r"(line));
  }
}

}  // namespace preseason
