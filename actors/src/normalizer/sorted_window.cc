#include "actors/normalizer/sorted_window.h"

#include <algorithm>
#include <cmath>

namespace preseason {

const std::vector<double>& SortedWindow::at(const std::vector<double>& values, std::size_t j, std::size_t days) {
  if (valid_ && day_ < j && j - day_ <= days) {
    for (; day_ < j; ++day_) {
      if (day_ >= days)
        replace(values[day_ - days], values[day_]);
      else
        insert(values[day_]);
    }
  } else if (!valid_ || day_ != j) {
    rebuild(values, j, days);
  }
  day_ = j;
  valid_ = true;
  return sorted_;
}

void SortedWindow::rebuild(const std::vector<double>& values, std::size_t j, std::size_t days) {
  sorted_.clear();
  for (std::size_t k = j >= days ? j - days : 0; k < j; ++k)
    if (!std::isnan(values[k])) sorted_.push_back(values[k]);
  std::sort(sorted_.begin(), sorted_.end());
}

void SortedWindow::erase(double v) {
  if (std::isnan(v)) return;
  sorted_.erase(std::lower_bound(sorted_.begin(), sorted_.end(), v));
}

// erase(out) then insert(in), moving only the values between the two places.
void SortedWindow::replace(double out, double in) {
  if (std::isnan(out) || std::isnan(in)) {
    erase(out);
    insert(in);
    return;
  }
  const auto gone = std::lower_bound(sorted_.begin(), sorted_.end(), out);
  if (in >= out) {
    const auto after = std::upper_bound(gone + 1, sorted_.end(), in);
    std::move(gone + 1, after, gone);
    *(after - 1) = in;
  } else {
    const auto at = std::upper_bound(sorted_.begin(), gone, in);
    std::move_backward(at, gone, gone + 1);
    *at = in;
  }
}

void SortedWindow::insert(double v) {
  if (std::isnan(v)) return;
  sorted_.insert(std::upper_bound(sorted_.begin(), sorted_.end(), v), v);
}

}  // namespace preseason
