// A coach's answer to one proposal, with what an audit trail records: who decided,
// what was proposed and why it was accepted or not.
#pragma once

#include <string>

#include <boost/serialization/string.hpp>

namespace preseason {

struct CoachVerdict {
  bool accepted = true;
  std::string who = "coach model";
  std::string what;    // the proposal, e.g. "acwr_band: Strength 70 min -> Recovery 40 min"
  std::string reason;  // e.g. "veto no_rest_before_match: the next day is a match"

  template <class Ar> void serialize(Ar& ar, unsigned) { ar & accepted & who & what & reason; }
};

}  // namespace preseason
