// What the two recording writers share: which names can be HDF5 links, and how a column's
// values are stored.
#pragma once

#include <string>

#include "data/event_table.h"
#include "data/h5.h"

namespace preseason::recording {

// Throws h5::Error naming `where` when `name` is empty, "." or "..", or holds a '/'.
inline void check_name(const std::string& name, const std::string& what, const std::string& where) {
  if (name.empty() || name.find('/') != std::string::npos || name == "." || name == "..")
    throw h5::Error(where + ": invalid " + what + " name '" + name + "'");
}

inline std::size_t column_size(const ColumnValues& v) {
  return std::visit([](const auto& x) { return x.size(); }, v);
}

// The file type of a column holding `v`'s kind: little-endian int64 or float64, or text as
// `string_type`.
inline hid_t file_type(const ColumnValues& v, const h5::Handle& string_type) {
  if (std::holds_alternative<std::vector<std::int64_t>>(v)) return H5T_STD_I64LE;
  if (std::holds_alternative<std::vector<double>>(v)) return H5T_IEEE_F64LE;
  return string_type.get();
}

}  // namespace preseason::recording
