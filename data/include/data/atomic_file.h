// An output path written under a temporary name and renamed into place only on
// commit(), so a failed run never leaves a half-written file behind.
#pragma once

#include <string>

namespace preseason {

class AtomicFile {
 public:
  explicit AtomicFile(std::string final_path);
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  // Removes the temporary file unless commit() succeeded.
  ~AtomicFile();

  const std::string& temp_path() const { return temp_; }
  const std::string& final_path() const { return final_; }
  // Renames the temporary file onto the final path; throws std::runtime_error on failure.
  void commit();

 private:
  std::string final_;
  std::string temp_;
  bool committed_ = false;
};

}  // namespace preseason
