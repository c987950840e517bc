// A scratch directory of this test process, removed at exit. ctest runs each test in its
// own process, possibly in parallel, so names must not collide across them.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <string>

#include <gtest/gtest.h>

namespace preseason::testing {

// The directory's path, ending in '/'.
inline const std::string& scratch_dir() {
  struct Dir {
    std::string path = ::testing::TempDir() + "preseason-tests-" + std::to_string(::getpid()) + "/";
    Dir() { std::filesystem::create_directories(path); }
    ~Dir() {
      std::error_code ec;
      std::filesystem::remove_all(path, ec);
    }
  };
  static const Dir dir;
  return dir.path;
}

}  // namespace preseason::testing
