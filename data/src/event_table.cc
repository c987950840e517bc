#include "data/event_table.h"

namespace preseason {

std::size_t EventTable::rows() const {
  if (columns_.empty()) return 0;
  return std::visit([](const auto& v) { return v.size(); }, columns_.front().values);
}

}  // namespace preseason
