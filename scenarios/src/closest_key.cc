#include "closest_key.h"

#include <algorithm>
#include <cctype>

namespace preseason {

namespace {

std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      const bool same = std::tolower(static_cast<unsigned char>(a[i - 1])) ==
                        std::tolower(static_cast<unsigned char>(b[j - 1]));
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (same ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace

std::string closest_key(const std::string& typed, const std::vector<std::string>& known) {
  // A third of the word, at least two edits: "sise" -> "size", "non_wear_prob" is too far.
  const std::size_t limit = std::max<std::size_t>(2, typed.size() / 3);
  std::string best;
  std::size_t best_distance = limit + 1;
  // A truncated key ("acwr" for "acwr_band") is a likely slip too, however many letters are missing.
  for (const std::string& k : known) {
    if (typed.size() >= 3 && k.size() > typed.size() && k.compare(0, typed.size(), typed) == 0) return k;
  }
  for (const std::string& k : known) {
    const std::size_t d = edit_distance(typed, k);
    if (d < best_distance) {
      best = k;
      best_distance = d;
    }
  }
  return best;
}

}  // namespace preseason
