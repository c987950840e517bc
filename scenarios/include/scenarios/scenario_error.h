// Thrown for every problem with a scenario file or an override. The message says
// where (file:line, or the override), which key, what was expected and what was found.
#pragma once

#include <stdexcept>

namespace preseason {

class ScenarioError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace preseason
