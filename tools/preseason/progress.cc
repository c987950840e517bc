#include "progress.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>

namespace preseason::cli {

Progress::Progress(std::string label, std::size_t total)
    : label_(std::move(label)), total_(total), enabled_(::isatty(STDERR_FILENO) == 1) {
  if (enabled_) advance();
}

Progress::~Progress() {
  if (enabled_) fmt::print(stderr, "\r\033[K");
}

void Progress::advance(const std::string& detail) {
  if (!enabled_) return;
  if (done_ < total_ && !detail.empty()) ++done_;
  constexpr std::size_t kWidth = 30;
  const std::size_t filled = total_ ? done_ * kWidth / total_ : kWidth;
  fmt::print(stderr, "\r\033[K{} [{}{}] {}/{} {}", label_, std::string(filled, '#'), std::string(kWidth - filled, '.'),
             done_, total_, detail);
  std::fflush(stderr);
}

}  // namespace preseason::cli
