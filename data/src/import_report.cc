#include "data/import_report.h"

#include <fmt/format.h>

namespace preseason {

namespace {

std::string listing(const std::map<std::string, std::size_t>& counts) {
  std::string out;
  for (const auto& [reason, n] : counts) out += fmt::format("{}{} {}", out.empty() ? "" : ", ", n, reason);
  return out;
}

}  // namespace

std::string FileReport::summary() const {
  if (!present) return file + ": not present";
  std::string out = fmt::format("{}: {} rows, {} imported", file, rows, imported);
  if (!skipped.empty()) out += "; skipped: " + listing(skipped);
  if (!notes.empty()) out += "; " + listing(notes);
  return out;
}

}  // namespace preseason
