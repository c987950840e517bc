// Consent an athlete changed through the API, kept in STORE/consent.wal: replayed into
// the AccessControl at start (each change replaces that athlete's consent from the config)
// and appended durably before a change applies. Thread-safe.
#pragma once

#include <map>
#include <mutex>
#include <set>
#include <string>

#include "data/time.h"
#include "live/access_control.h"
#include "live/record_log.h"

namespace preseason::live {

class ConsentLog {
 public:
  ConsentLog(const std::string& store_dir, AccessControl& access);

  void change(const std::string& athlete, const std::map<Role, std::set<std::string>>& consent,
              const std::string& by, Time at);

 private:
  void apply(const std::string& record);

  AccessControl& access_;
  std::mutex mutex_;
  RecordLog log_;  // last: replaying it at construction applies to access_
};

}  // namespace preseason::live
