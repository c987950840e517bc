// The text `preseason check` prints for a CheckReport: both fingerprints, then, when
// they differ, the outcome table and the first diverging decision, and a verdict line
// starting with `check passed:` or `regression:`.
#pragma once

#include <string>

#include "scenarios/regression_check.h"

namespace preseason {

std::string check_report_text(const CheckReport& report);

}  // namespace preseason
