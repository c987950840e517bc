#include "live/record_log.h"

namespace preseason::live {

RecordLog::RecordLog(const std::string& path, Apply apply) : apply_(std::move(apply)) {
  WalRecovery recovery;
  wal_ = std::make_unique<WriteAheadLog>(path, recovery);
  for (const WalRecord& r : recovery.records) {
    try {
      apply_(r.payload);
    } catch (const std::exception& e) {
      throw WalError(path + ": record " + std::to_string(r.sequence) + " is unreadable: " + e.what());
    }
  }
}

void RecordLog::append(const std::string& record) {
  wal_->append(wal_->last_sequence() + 1, record);
  apply_(record);
}

}  // namespace preseason::live
