#include "live/wal_snapshot.h"

#include <fstream>
#include <sstream>

#include "wal_format.h"

namespace preseason::live {

namespace {

std::string read_from(const std::string& path, std::uint64_t offset) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw WalError("cannot open " + path + " for reading");
  if (offset > 0 && !in.seekg(static_cast<std::streamoff>(offset))) throw WalError("cannot read " + path);
  std::ostringstream data;
  data << in.rdbuf();
  if (in.bad()) throw WalError("cannot read " + path);
  return data.str();
}

}  // namespace

WalSnapshot read_wal_snapshot(const std::string& path) {
  const std::string data = read_from(path, 0);
  wal::Scan scan = wal::scan(data, path);
  WalSnapshot snapshot;
  snapshot.records = std::move(scan.records);
  snapshot.pending_bytes = scan.end == 0 ? 0 : data.size() - scan.end;
  snapshot.end = scan.end;
  return snapshot;
}

WalSnapshot read_wal_since(const std::string& path, std::uint64_t end, std::uint64_t last_sequence) {
  if (end == 0) return read_wal_snapshot(path);
  const std::string tail = read_from(path, end);
  wal::Scan scan = wal::scan_tail(tail, end, last_sequence, path);
  WalSnapshot snapshot;
  snapshot.records = std::move(scan.records);
  snapshot.pending_bytes = end + tail.size() - scan.end;
  snapshot.end = scan.end;
  return snapshot;
}

}  // namespace preseason::live
