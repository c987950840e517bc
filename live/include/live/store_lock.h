// Exclusive ownership of a store directory for the life of the object (flock on
// DIR/LOCK), so two servers never append to the same write-ahead log.
#pragma once

#include <string>

namespace preseason::live {

class StoreLock {
 public:
  // Creates `dir` if needed; throws std::runtime_error when another process holds it.
  explicit StoreLock(const std::string& dir);
  ~StoreLock();
  StoreLock(const StoreLock&) = delete;
  StoreLock& operator=(const StoreLock&) = delete;

 private:
  int fd_ = -1;
};

}  // namespace preseason::live
