// Rows of `width` values per day for days [0, size()). Unbounded, it keeps every day in
// order; bounded, it keeps only the latest days in a ring, so that a long season reuses
// the same memory instead of first-touching a new page every few days.
#pragma once

#include <algorithm>
#include <cstddef>
#include <stdexcept>
#include <vector>

#include "engine/prefetch.h"

namespace preseason {

template <class T> class DayRing {
 public:
  static constexpr std::size_t kEveryDay = 0;

  // `keep` = kEveryDay, or at least that many of the latest days (rounded up to a power of two).
  explicit DayRing(std::size_t width = 1, std::size_t keep = kEveryDay) : width_(width), mask_(mask_for(keep)) {}

  std::size_t size() const { return size_; }
  // The earliest day still held: 0 until a bounded ring wraps.
  std::size_t first_kept() const { return size_ > mask_ ? size_ - mask_ - 1 : 0; }

  // Requires first_kept() <= day < size().
  T* row(std::size_t day) { return &rows_[(day & mask_) * width_]; }
  const T* row(std::size_t day) const { return &rows_[(day & mask_) * width_]; }
  T& operator[](std::size_t day) { return *row(day); }
  const T& operator[](std::size_t day) const { return *row(day); }
  // Asks the cache for values [first, first + count) of a day's row ahead of reading them;
  // a day not held is ignored.
  void prefetch(std::size_t day, std::size_t first = 0, std::size_t count = 1) const {
    if (day >= first_kept() && day < size_) prefetch_bytes(row(day) + first, count * sizeof(T));
  }

  // Appends days [size(), n) with every value `fill`; a bounded ring drops the oldest days.
  void grow(std::size_t n, const T& fill) {
    if (n <= size_) return;
    const std::size_t held = std::min(n, mask_ == kAll ? n : mask_ + 1);
    if (rows_.size() < held * width_) rows_.resize(held * width_, fill);
    for (std::size_t day = std::max(size_, held); day < n; ++day) std::fill(row(day), row(day) + width_, fill);
    size_ = n;
  }
  // Inserts `count` days of `fill` before day 0; requires that the ring has not wrapped and
  // still has room for them.
  void prepend(std::size_t count, const T& fill) {
    if (mask_ != kAll && size_ + count > mask_ + 1) throw std::length_error("DayRing: no room to prepend days");
    rows_.insert(rows_.begin(), count * width_, fill);
    size_ += count;
  }
  void reserve(std::size_t days) { rows_.reserve(std::min(days, mask_ == kAll ? days : mask_ + 1) * width_); }

  // Every day's rows in order; requires first_kept() == 0 and a ring that has not wrapped.
  const std::vector<T>& all() const& {
    require_all();
    return rows_;
  }
  std::vector<T> all() && {
    require_all();
    return std::move(rows_);
  }

 private:
  static constexpr std::size_t kAll = ~std::size_t{0};
  static std::size_t mask_for(std::size_t keep) {
    if (keep == kEveryDay) return kAll;
    std::size_t capacity = 1;
    while (capacity < keep) capacity *= 2;
    return capacity - 1;
  }
  void require_all() const {
    if (first_kept() > 0) throw std::logic_error("DayRing: the earliest days were dropped");
  }

  std::size_t width_;
  std::size_t mask_;
  std::size_t size_ = 0;
  std::vector<T> rows_;
};

}  // namespace preseason
