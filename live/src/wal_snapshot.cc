#include "live/wal_snapshot.h"

#include <fstream>
#include <sstream>

#include "wal_format.h"

namespace preseason::live {

namespace {

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw WalError("cannot open " + path + " for reading");
  std::ostringstream data;
  data << in.rdbuf();
  if (in.bad()) throw WalError("cannot read " + path);
  return data.str();
}

}  // namespace

WalSnapshot read_wal_snapshot(const std::string& path) {
  const std::string data = read_all(path);
  wal::Scan scan = wal::scan(data, path);
  WalSnapshot snapshot;
  snapshot.records = std::move(scan.records);
  snapshot.pending_bytes = scan.end == 0 ? 0 : data.size() - scan.end;
  return snapshot;
}

}  // namespace preseason::live
