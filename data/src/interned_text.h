// A text column held as one code per row into its distinct values. A recording's text is
// mostly a few values over and over (an action, a source, a date), so a row costs 4 bytes
// instead of a string's 32 or more.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace preseason {

class InternedText {
 public:
  // Appends `times` rows of `value`.
  void add(const std::string& value, std::size_t times = 1) {
    std::uint32_t code = 0;
    if (!codes_.empty() && values_[codes_.back()] == value) {
      code = codes_.back();  // rows often repeat the row before: no lookup
    } else {
      const auto [it, added] = index_.try_emplace(value, static_cast<std::uint32_t>(values_.size()));
      if (added) {
        values_.push_back(value);
        longest_ = std::max(longest_, value.size());
      }
      code = it->second;
    }
    codes_.insert(codes_.end(), times, code);
  }
  std::size_t rows() const { return codes_.size(); }
  // The longest value's size in bytes; 0 when there is none.
  std::size_t longest() const { return longest_; }
  const std::string& operator[](std::size_t row) const { return values_[codes_[row]]; }

 private:
  std::vector<std::uint32_t> codes_;
  std::vector<std::string> values_;
  std::unordered_map<std::string, std::uint32_t> index_;
  std::size_t longest_ = 0;
};

}  // namespace preseason
