// Rows of an event table (sessions, injuries, decisions, ...) held column-wise, as
// stored: every table has an int64 `time` column; the others are int64, float64 or text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
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
  // Adds a column of the given type if absent and returns its values. A row is usually
  // filled column after column, so the search starts after the column found last: a
  // recorder filling wide tables row by row then compares one name per value.
  template <class T> std::vector<T>& column(std::string_view name) {
    const std::size_t n = columns_.size();
    const std::size_t start = next_ < n ? next_ : 0;  // columns() may have been edited
    for (std::size_t k = 0; k < n; ++k) {
      const std::size_t i = start + k < n ? start + k : start + k - n;
      if (columns_[i].name == name) {
        next_ = i + 1 < n ? i + 1 : 0;
        return std::get<std::vector<T>>(columns_[i].values);
      }
    }
    columns_.push_back({std::string(name), std::vector<T>{}});
    next_ = 0;
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
  std::size_t next_ = 0;  // where column() starts looking
};

}  // namespace preseason
