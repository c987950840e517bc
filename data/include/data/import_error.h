// A problem with an input file, reported as "<file>:<place>: <problem>" so a user can
// go straight to it; the command line turns it into exit status 2.
#pragma once

#include <stdexcept>
#include <string>

namespace preseason {

class ImportError : public std::runtime_error {
 public:
  ImportError(const std::string& file, const std::string& place, const std::string& problem)
      : std::runtime_error(file + (place.empty() ? "" : ":" + place) + ": " + problem) {}
};

}  // namespace preseason
