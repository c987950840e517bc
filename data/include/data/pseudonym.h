// Source identities never enter a recording: importers map them to ordinals a01, a02, ...
// in sorted order of the identities imported together, so the same input gives the same ids.
#pragma once

#include <map>
#include <set>
#include <string>

namespace preseason {

std::map<std::string, std::string> pseudonyms(const std::set<std::string>& source_ids);

}  // namespace preseason
