#include "data/atomic_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <unistd.h>

namespace preseason {

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

}  // namespace preseason
