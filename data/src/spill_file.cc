#include "data/spill_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>

namespace preseason {

namespace {

std::runtime_error failure(const std::string& what) {
  return std::runtime_error("spill file: " + what + ": " + std::strerror(errno));
}

}  // namespace

SpillFile::SpillFile() {
  const std::string dir = std::filesystem::temp_directory_path().string();
  fd_ = ::open(dir.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
  if (fd_ >= 0) return;
  // Some file systems cannot make a nameless file: name it and remove the name at once.
  std::string path = dir + "/preseason-spill-XXXXXX";
  fd_ = ::mkostemp(path.data(), O_CLOEXEC);
  if (fd_ < 0) throw failure("cannot create a temporary file in " + dir);
  ::unlink(path.c_str());
}

SpillFile::~SpillFile() { ::close(fd_); }

SpillFile::Block SpillFile::append(const std::string& bytes) {
  const Block block{end_, bytes.size()};
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::pwrite(fd_, bytes.data() + done, bytes.size() - done, static_cast<off_t>(end_ + done));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw failure("cannot write " + std::to_string(bytes.size()) + " bytes");
    done += static_cast<std::size_t>(n);
  }
  end_ += bytes.size();
  return block;
}

std::string SpillFile::read(Block block) const {
  std::string bytes(block.size, '\0');
  std::size_t done = 0;
  while (done < block.size) {
    const ssize_t n = ::pread(fd_, bytes.data() + done, block.size - done, static_cast<off_t>(block.offset + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw failure("cannot read back " + std::to_string(block.size) + " bytes");
    done += static_cast<std::size_t>(n);
  }
  return bytes;
}

}  // namespace preseason
