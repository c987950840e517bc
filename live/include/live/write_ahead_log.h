// An append-only file of length-prefixed, CRC32-checked records. append() returns
// only after the record is on stable storage (write + fdatasync), so anything
// acknowledged survives a crash; open() keeps every intact record and cuts a torn tail.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace preseason::live {

class WalError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct WalRecord {
  std::uint64_t sequence = 0;
  std::string payload;
};

struct WalRecovery {
  std::vector<WalRecord> records;
  std::uint64_t truncated_bytes = 0;  // torn tail removed at open
  std::string truncation_reason;      // empty when nothing was cut
};

class WriteAheadLog {
 public:
  // Creates `path` or reads it, truncating an incomplete or corrupt last record (a write
  // cut short by a crash). Throws WalError for a file that is not a log, or for a corrupt
  // record followed by more data: that is damage, not a torn write, and is left for a person.
  WriteAheadLog(const std::string& path, WalRecovery& recovery);
  ~WriteAheadLog();
  WriteAheadLog(const WriteAheadLog&) = delete;
  WriteAheadLog& operator=(const WriteAheadLog&) = delete;

  // Sequences must increase. Durable on return. On a failed write or sync the file is cut
  // back to its previous size, WalError is thrown and every later append throws too: after
  // a failed fsync the kernel may have dropped the data, so only a restart's replay is trusted.
  // Not thread-safe: callers serialize.
  void append(std::uint64_t sequence, const std::string& payload);
  // Several records with one write and one sync (group commit); all or none are kept.
  void append(const std::vector<WalRecord>& records);

  std::uint64_t size_bytes() const { return size_; }
  std::uint64_t last_sequence() const { return last_sequence_; }

  static constexpr std::uint32_t kMaxPayload = 64u << 20;

 private:
  std::string path_;
  int fd_ = -1;
  std::uint64_t size_ = 0;
  std::uint64_t last_sequence_ = 0;
  bool failed_ = false;
};

}  // namespace preseason::live
