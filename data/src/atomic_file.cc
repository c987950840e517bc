#include "data/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <stdexcept>

namespace preseason {

namespace {

void sync(const std::string& path, int flags) {
  const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
  if (fd < 0) throw std::runtime_error("cannot open " + path + " to sync it: " + std::strerror(errno));
  const int rc = ::fsync(fd);
  const int error = errno;
  ::close(fd);
  if (rc != 0) throw std::runtime_error("cannot sync " + path + ": " + std::strerror(error));
}

}  // namespace

void sync_directory(const std::string& dir) { sync(dir.empty() ? "." : dir, O_RDONLY | O_DIRECTORY); }

AtomicFile::AtomicFile(std::string final_path)
    : final_(std::move(final_path)), temp_(final_ + ".partial." + std::to_string(::getpid())) {}

AtomicFile::~AtomicFile() {
  if (!committed_) std::remove(temp_.c_str());
}

void AtomicFile::commit() {
  if (std::rename(temp_.c_str(), final_.c_str()) != 0)
    throw std::runtime_error("cannot move " + temp_ + " to " + final_ + ": " + std::strerror(errno));
  committed_ = true;
}

void AtomicFile::commit_synced() {
  sync(temp_, O_RDONLY);
  commit();
  // The rename is durable only once the directory holding it is.
  sync_directory(std::filesystem::path(final_).parent_path().string());
}

}  // namespace preseason
