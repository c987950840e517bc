// Prints season outcomes as aligned text tables: one variant with 95 % CIs, or
// several variants with paired differences against the first.
#pragma once

#include <string>
#include <vector>

#include "season_batch.h"

namespace preseason::cli {

void print_summary(const BatchResult& result);
void print_comparison(const std::vector<std::string>& names, const std::vector<BatchResult>& results);

}  // namespace preseason::cli
