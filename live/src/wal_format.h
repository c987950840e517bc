// The write-ahead log's file layout, shared by the server's log and read-only readers:
// a 16-byte magic, then records of
//   u32 payload length | u32 CRC32 of (sequence, payload) | u64 sequence | payload
// all little-endian.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "live/write_ahead_log.h"

namespace preseason::live::wal {

constexpr std::size_t kHeader = 16;
constexpr std::size_t kRecordHeader = 16;

const std::string& magic();
std::uint32_t checksum(const char* sequence_and_payload, std::size_t n);

// The intact records of a whole file's bytes and where they end. A bad or incomplete
// last record is a torn write and ends the scan (`reason` says which); a bad record
// followed by more data is damage: WalError naming `path`, since cutting there would
// drop acknowledged batches. A file shorter than the header must be a prefix of it.
struct Scan {
  std::vector<WalRecord> records;
  std::size_t end = kHeader;  // bytes of the intact prefix (0 for a short file)
  std::string reason;         // why the scan stopped before the end of the data
};
Scan scan(const std::string& data, const std::string& path);

// The same for the file's bytes from `offset`, a record boundary an earlier scan ended
// at, after the record numbered `last_sequence`; `end` counts from the file's start.
Scan scan_tail(const std::string& tail, std::uint64_t offset, std::uint64_t last_sequence, const std::string& path);

}  // namespace preseason::live::wal
