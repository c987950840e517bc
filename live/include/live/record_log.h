// A write-ahead log of self-describing records that a plain class folds into its state:
// opening hands every intact record to `apply`, append() makes a record durable and then
// applies it. A record `apply` rejects when opening is damage: WalError names the file and
// the record. Not thread-safe: callers serialize.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "live/write_ahead_log.h"

namespace preseason::live {

class RecordLog {
 public:
  using Apply = std::function<void(const std::string& record)>;

  RecordLog(const std::string& path, Apply apply);

  void append(const std::string& record);

 private:
  Apply apply_;
  std::unique_ptr<WriteAheadLog> wal_;
};

}  // namespace preseason::live
