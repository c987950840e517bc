// A one-line progress bar on stderr, drawn only when stderr is a terminal.
#pragma once

#include <string>

namespace preseason::cli {

class Progress {
 public:
  Progress(std::string label, std::size_t total);
  ~Progress();
  void advance(const std::string& detail = "");

 private:
  std::string label_;
  std::size_t total_;
  std::size_t done_ = 0;
  bool enabled_;
};

}  // namespace preseason::cli
