// An anonymous temporary file for data that does not fit in memory: append a block of
// bytes, read it back by the position append() gave. The file has no name from the start,
// so nothing is left behind however the process ends. Throws std::runtime_error.
#pragma once

#include <cstdint>
#include <string>

namespace preseason {

class SpillFile {
 public:
  struct Block {
    std::uint64_t offset = 0;
    std::uint64_t size = 0;
  };
  SpillFile();
  ~SpillFile();
  SpillFile(const SpillFile&) = delete;
  SpillFile& operator=(const SpillFile&) = delete;

  Block append(const std::string& bytes);
  std::string read(Block block) const;

 private:
  int fd_ = -1;
  std::uint64_t end_ = 0;
};

}  // namespace preseason
