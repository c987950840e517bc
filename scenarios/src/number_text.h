// Numbers as text: the shortest decimal that reads back to the same double, so
// the canonical scenario text is both exact and pleasant to read.
#pragma once

#include <string>

namespace preseason {

std::string number_text(double x);

}  // namespace preseason
