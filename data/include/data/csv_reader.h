// Reads a whole CSV file (RFC 4180 quoting, via libcsv) into rows that remember their
// line number for error messages. Throws ImportError for unreadable or malformed files.
#pragma once

#include <functional>
#include <string_view>

#include <cstddef>
#include <string>
#include <vector>

namespace preseason {

struct CsvRow {
  std::size_t line = 0;  // 1-based line where the row starts
  std::vector<std::string> fields;
};

// The first row is the header; blank lines are skipped.
std::vector<CsvRow> read_csv(const std::string& path);

// Streams rows, header included, to `on_row(line, fields)` without keeping them: the
// fields are valid during the call only. Blank lines are skipped. Throws ImportError.
void scan_csv(const std::string& path,
              const std::function<void(std::size_t line, const std::vector<std::string_view>& fields)>& on_row);

// Index of `name` in the header, or -1.
int csv_column(const CsvRow& header, const std::string& name);

}  // namespace preseason
