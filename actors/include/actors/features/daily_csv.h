// Reads the daily-input CSV (athlete, date YYYY-MM-DD, then one column per Input by
// its input_name; empty = not reported) into rows for compute_features. Throws
// InputError naming the file and line of the first problem.
#pragma once

#include <string>
#include <vector>

#include "actors/features/daily_input.h"

namespace preseason {

std::vector<DailyInput> read_daily_csv(const std::string& path);

}  // namespace preseason
