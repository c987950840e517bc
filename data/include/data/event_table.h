// Rows of an event table (sessions, injuries, decisions, ...) held column-wise, as
// stored: every table has an int64 `time` column; the others are int64, float64 or text.
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "data/time.h"

namespace preseason {

using ColumnValues = std::variant<std::vector<std::int64_t>, std::vector<double>, std::vector<std::string>>;

struct TableColumn {
  std::string name;
  ColumnValues values;
};

class EventTable {
 public:
  std::vector<TableColumn>& columns() { return columns_; }
  const std::vector<TableColumn>& columns() const { return columns_; }
  // Adds a column of the given type if absent and returns its values.
  template <class T> std::vector<T>& column(const std::string& name) {
    for (auto& c : columns_)
      if (c.name == name) return std::get<std::vector<T>>(c.values);
    columns_.push_back({name, std::vector<T>{}});
    return std::get<std::vector<T>>(columns_.back().values);
  }
  // Null when absent or of another type.
  template <class T> const std::vector<T>* find(const std::string& name) const {
    for (const auto& c : columns_)
      if (c.name == name) return std::get_if<std::vector<T>>(&c.values);
    return nullptr;
  }
  std::size_t rows() const;

 private:
  std::vector<TableColumn> columns_;
};

}  // namespace preseason
