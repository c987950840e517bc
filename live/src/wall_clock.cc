#include "live/wall_clock.h"

#include <chrono>

namespace preseason::live {

Time wall_clock_now() {
  return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace preseason::live
