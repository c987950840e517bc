// Several policies asked about the same session. `most conservative` follows the member
// whose session carries the least load (ties: the stronger adjustment, then the earlier
// member); `first` follows the first member that changes anything. The reason names it.
#pragma once

#include <memory>
#include <vector>

#include "actors/policy/policy.h"

namespace preseason {

enum class Combine { kMostConservative, kFirst };

class CompositePolicy final : public Policy {
 public:
  CompositePolicy(std::vector<std::unique_ptr<Policy>> members, Combine combine)
      : members_(std::move(members)), combine_(combine) {}
  const char* name() const override { return "composite"; }
  Decision decide(const PolicyInput& in) const override;

 private:
  std::vector<std::unique_ptr<Policy>> members_;
  Combine combine_;
};

}  // namespace preseason
