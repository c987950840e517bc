#include "wal_format.h"

#include <zlib.h>

namespace preseason::live::wal {

namespace {

std::uint64_t get(const std::string& in, std::size_t at, int bytes) {
  std::uint64_t v = 0;
  for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(in[at + i]);
  return v;
}

}  // namespace

const std::string& magic() {
  static const std::string m{'P', 'R', 'E', 'S', 'E', 'A', 'S', 'O', 'N', '-', 'W', 'A', 'L', '1', '\n', '\0'};
  return m;
}

std::uint32_t checksum(const char* sequence_and_payload, std::size_t n) {
  return static_cast<std::uint32_t>(
      crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(sequence_and_payload), static_cast<uInt>(n)));
}

namespace {

// Records of data[from..], all numbered above `last_sequence`; `base` is data's file offset.
Scan records_from(const std::string& data, std::size_t from, std::uint64_t base, std::uint64_t last_sequence,
                  const std::string& path) {
  Scan s;
  s.end = from;
  while (s.end < data.size()) {
    const std::size_t at = s.end;
    if (data.size() - at < kRecordHeader) {
      s.reason = "incomplete record header";
      break;
    }
    const std::uint64_t length = get(data, at, 4);
    const auto crc = static_cast<std::uint32_t>(get(data, at + 4, 4));
    const std::uint64_t sequence = get(data, at + 8, 8);
    if (length > WriteAheadLog::kMaxPayload || at + kRecordHeader + length > data.size()) {
      s.reason = "incomplete record";
      break;
    }
    if (checksum(data.data() + at + 8, 8 + length) != crc || sequence <= last_sequence) {
      const bool tail = at + kRecordHeader + length == data.size() || data.find_first_not_of('\0', at) == std::string::npos;
      if (!tail)
        throw WalError(path + ": corrupt record at byte " + std::to_string(base + at) +
                       " followed by more records; refusing to drop acknowledged data");
      s.reason = "corrupt record";
      break;
    }
    s.records.push_back({sequence, data.substr(at + kRecordHeader, length)});
    last_sequence = sequence;
    s.end = at + kRecordHeader + length;
  }
  s.end += base;
  return s;
}

}  // namespace

Scan scan(const std::string& data, const std::string& path) {
  if (data.size() < kHeader) {
    if (data != magic().substr(0, data.size())) throw WalError(path + ": not a preseason write-ahead log");
    Scan s;
    s.end = 0;
    return s;
  }
  if (data.compare(0, kHeader, magic()) != 0) throw WalError(path + ": not a preseason write-ahead log");
  return records_from(data, kHeader, 0, 0, path);
}

Scan scan_tail(const std::string& tail, std::uint64_t offset, std::uint64_t last_sequence, const std::string& path) {
  return records_from(tail, 0, offset, last_sequence, path);
}

}  // namespace preseason::live::wal
