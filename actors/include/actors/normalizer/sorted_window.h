// The reported values of a stream's baseline window kept sorted while the window slides
// forward, so scoring a day needs neither a copy nor a sort. It is a cache of the stream's
// values: rebuilt when the window moves back or jumps a whole window, never serialized.
#pragma once

#include <cstddef>
#include <vector>

namespace preseason {

class SortedWindow {
 public:
  // The non-NaN values of values[j − days, j − 1] (clipped at 0), ascending.
  const std::vector<double>& at(const std::vector<double>& values, std::size_t j, std::size_t days);
  // values[i] changed: a window holding it (or one that will slide over it) is stale.
  void changed(std::size_t i) {
    if (i < day_) valid_ = false;
  }
  // The stream's day indices moved.
  void clear() { valid_ = false; }

 private:
  void rebuild(const std::vector<double>& values, std::size_t j, std::size_t days);
  void erase(double v);
  void insert(double v);
  void replace(double out, double in);

  std::vector<double> sorted_;
  std::size_t day_ = 0;  // the day whose window sorted_ holds, when valid_
  bool valid_ = false;
};

}  // namespace preseason
