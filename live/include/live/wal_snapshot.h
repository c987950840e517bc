// A read-only view of a write-ahead log (docs/live-api.md) for tools that run beside
// the server: it opens the file O_RDONLY, takes no lock and never truncates, so a running
// server keeps appending undisturbed. Records are the intact prefix at the moment of
// reading; an incomplete last record is a write still in progress and is left out.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "live/write_ahead_log.h"

namespace preseason::live {

struct WalSnapshot {
  std::vector<WalRecord> records;
  std::uint64_t pending_bytes = 0;  // an unfinished record at the end, not included
  std::uint64_t end = 0;            // bytes of the intact records: where a later read goes on
};

// Throws WalError for a missing file, a file that is not a log, or damage (a bad record
// followed by more data), naming the file.
WalSnapshot read_wal_snapshot(const std::string& path);

// The records appended since an earlier snapshot that ended at `end` after the record
// numbered `last_sequence`; reads only those bytes. Throws WalError likewise.
WalSnapshot read_wal_since(const std::string& path, std::uint64_t end, std::uint64_t last_sequence);

}  // namespace preseason::live
