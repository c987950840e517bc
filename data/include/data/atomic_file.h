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
  // As commit(), with the temporary file synced before the rename and the directory after
  // it: once this returns, a crash leaves the new file, and before, the old one, whole.
  void commit_synced();

 private:
  std::string final_;
  std::string temp_;
  bool committed_ = false;
};

// Makes the entries of directory `dir` durable: files created, renamed or removed in it.
// Throws std::runtime_error naming it.
void sync_directory(const std::string& dir);

}  // namespace preseason
