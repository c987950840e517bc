#include "live/write_ahead_log.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "wal_format.h"

namespace preseason::live {

namespace {

void put_u32(std::string& out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>(v >> (8 * i)));
}
void put_u64(std::string& out, std::uint64_t v) {
  for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>(v >> (8 * i)));
}

[[noreturn]] void io_error(const std::string& what, const std::string& path) {
  throw WalError(what + " " + path + ": " + std::strerror(errno));
}

void write_all(int fd, const std::string& bytes, std::uint64_t offset, const std::string& path) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::pwrite(fd, bytes.data() + done, bytes.size() - done, static_cast<off_t>(offset + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) io_error("cannot write", path);
    done += static_cast<std::size_t>(n);
  }
}

std::string read_file(int fd, const std::string& path) {
  std::string data;
  char buf[1 << 16];
  for (;;) {
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) io_error("cannot read", path);
    if (n == 0) return data;
    data.append(buf, static_cast<std::size_t>(n));
  }
}

// A new file's directory entry is durable only once the directory is synced.
void sync_directory(const std::string& path) {
  const std::string dir = std::filesystem::path(path).parent_path().string();
  const int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) io_error("cannot open the directory of", path);
  const int rc = ::fsync(fd);
  ::close(fd);
  if (rc != 0) io_error("cannot sync the directory of", path);
}

}  // namespace

WriteAheadLog::WriteAheadLog(const std::string& path, WalRecovery& recovery) : path_(path) {
  const bool existed = std::filesystem::exists(path);
  fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd_ < 0) io_error("cannot open", path);
  const std::string data = read_file(fd_, path);
  wal::Scan scan;
  try {
    scan = wal::scan(data, path);
  } catch (const WalError&) {
    ::close(fd_);
    throw;
  }
  // Empty, or cut short while being created: nothing was ever acknowledged.
  if (scan.end == 0) write_all(fd_, wal::magic(), 0, path);
  const std::size_t good = std::max(scan.end, wal::kHeader);
  if (!scan.records.empty()) last_sequence_ = scan.records.back().sequence;
  recovery.records = std::move(scan.records);
  if (scan.end != 0 && good < data.size()) {
    recovery.truncated_bytes = data.size() - good;
    recovery.truncation_reason = scan.reason;
    if (::ftruncate(fd_, static_cast<off_t>(good)) != 0) io_error("cannot truncate", path);
  }
  size_ = good;
  if (::fsync(fd_) != 0) io_error("cannot sync", path);
  if (!existed) sync_directory(path);
}

WriteAheadLog::~WriteAheadLog() {
  if (fd_ >= 0) ::close(fd_);
}

void WriteAheadLog::append(std::uint64_t sequence, const std::string& payload) {
  append(std::vector<WalRecord>{{sequence, payload}});
}

void WriteAheadLog::append(const std::vector<WalRecord>& records) {
  if (failed_) throw WalError(path_ + ": an earlier write failed; restart to recover the log");
  if (records.empty()) return;
  std::string bytes;
  std::uint64_t last = last_sequence_;
  for (const WalRecord& r : records) {
    if (r.sequence <= last) throw WalError("sequence " + std::to_string(r.sequence) + " does not increase");
    if (r.payload.size() > kMaxPayload)
      throw WalError("record of " + std::to_string(r.payload.size()) + " bytes is too large");
    last = r.sequence;
    const std::size_t at = bytes.size();
    put_u32(bytes, static_cast<std::uint32_t>(r.payload.size()));
    put_u32(bytes, 0);
    put_u64(bytes, r.sequence);
    bytes += r.payload;
    const std::uint32_t crc = wal::checksum(bytes.data() + at + 8, 8 + r.payload.size());
    for (int i = 0; i < 4; ++i) bytes[at + 4 + i] = static_cast<char>(crc >> (8 * i));
  }
  try {
    write_all(fd_, bytes, size_, path_);
    if (::fdatasync(fd_) != 0) io_error("cannot sync", path_);
  } catch (const WalError&) {
    failed_ = true;
    // Never leave a half-written record in front of the next one.
    if (::ftruncate(fd_, static_cast<off_t>(size_)) == 0) ::fdatasync(fd_);
    throw;
  }
  size_ += bytes.size();
  last_sequence_ = last;
}

}  // namespace preseason::live
