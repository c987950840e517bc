// Bad input found while reading a file: what() reads "<file>:<line>: <problem>",
// the form the command line prints after "error: " before exiting with status 2.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace preseason {

class InputError : public std::runtime_error {
 public:
  InputError(const std::string& file, std::size_t line, const std::string& problem)
      : std::runtime_error(file + ":" + std::to_string(line) + ": " + problem), file_(file), line_(line) {}
  const std::string& file() const { return file_; }
  std::size_t line() const { return line_; }

 private:
  std::string file_;
  std::size_t line_;
};

}  // namespace preseason
