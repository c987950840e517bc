// Tells repeated records apart within one source file: the same key with the same
// content is an exact duplicate (dropped); with other content, a conflict (first kept).
#pragma once

#include <map>
#include <string>

#include "data/import_report.h"

namespace preseason {

class Dedup {
 public:
  // True for the first record with `key`; otherwise counts it in `report` and returns false.
  bool first(const std::string& key, const std::string& content, FileReport& report);

 private:
  std::map<std::string, std::string> seen_;
};

}  // namespace preseason
