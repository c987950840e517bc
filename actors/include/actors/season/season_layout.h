// Actor ids of a season run: the planner, then the athletes, then their pipelines,
// so sharding by id spreads both kinds evenly.
#pragma once

#include <optional>

#include "engine/event.h"

namespace preseason::season {

struct SeasonLayout {
  std::uint32_t athletes = 0;

  static constexpr ActorId planner() { return 0; }
  ActorId athlete(std::uint32_t i) const { return 1 + i; }
  ActorId pipeline(std::uint32_t i) const { return 1 + athletes + i; }
  ActorId end() const { return 1 + 2 * athletes; }
  // The athlete index an athlete or pipeline actor belongs to.
  std::optional<std::uint32_t> index_of(ActorId id) const {
    if (id == 0 || id >= end()) return std::nullopt;
    return id <= athletes ? id - 1 : id - 1 - athletes;
  }
};

}  // namespace preseason::season
