// Boost.Serialization for std::optional, which Boost 1.74 does not provide:
// a presence flag followed by the value.
#pragma once

#include <boost/serialization/split_free.hpp>
#include <optional>

namespace boost::serialization {

template <class Archive, class T>
void save(Archive& ar, const std::optional<T>& value, unsigned) {
  const bool present = value.has_value();
  ar << present;
  if (present) ar << *value;
}

template <class Archive, class T>
void load(Archive& ar, std::optional<T>& value, unsigned) {
  bool present = false;
  ar >> present;
  if (!present) {
    value.reset();
    return;
  }
  T loaded{};
  ar >> loaded;
  value = std::move(loaded);
}

template <class Archive, class T>
void serialize(Archive& ar, std::optional<T>& value, unsigned version) {
  split_free(ar, value, version);
}

}  // namespace boost::serialization
