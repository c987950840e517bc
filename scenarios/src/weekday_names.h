// Weekdays as a scenario file may write them: "saturday" or 5 (Monday = 0, as in
// the planner).
#pragma once

#include <optional>
#include <string>

namespace preseason {

const char* weekday_name(int weekday);
std::optional<int> weekday_from_text(const std::string& text);

}  // namespace preseason
