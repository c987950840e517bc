#include "actors/features/daily_csv.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <string_view>

#include "actors/features/input_error.h"
#include "data/csv_reader.h"

namespace preseason {

namespace {

constexpr int kAthlete = -1, kDate = -2, kIgnored = -3;

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Maps header names to roles: an Input index, kAthlete, kDate or kIgnored.
std::vector<int> roles_of(const std::vector<std::string_view>& header, const std::string& path, std::size_t line) {
  std::vector<int> roles;
  std::array<bool, kInputCount> seen{};
  bool athlete = false, date = false;
  for (std::string_view name : header) {
    int role = kIgnored;
    if (name == "athlete") role = kAthlete, athlete = true;
    if (name == "date") role = kDate, date = true;
    for (std::size_t k = 0; k < kInputCount; ++k)
      if (name == input_name(static_cast<Input>(k))) role = static_cast<int>(k), seen[k] = true;
    roles.push_back(role);
  }
  if (!athlete) throw InputError(path, line, "missing column 'athlete'");
  if (!date) throw InputError(path, line, "missing column 'date'");
  for (std::size_t k = 0; k < kInputCount; ++k)
    if (!seen[k]) throw InputError(path, line, "missing column '" + std::string(input_name(static_cast<Input>(k))) + "'");
  return roles;
}

double number(std::string_view text, Input input, const std::string& path, std::size_t line) {
  double v = 0;
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, v);
  if (ec != std::errc() || ptr != end || !std::isfinite(v))
    throw InputError(path, line, std::string(input_name(input)) + ": not a number: '" + std::string(text) + "'");
  if (input == Input::kLoad && v < 0) throw InputError(path, line, "load must not be negative: " + std::string(text));
  if (input == Input::kSleepH && (v < 0 || v > 24))
    throw InputError(path, line, "sleep_h must be within [0, 24]: " + std::string(text));
  return v;
}

}  // namespace

std::vector<DailyInput> read_daily_csv(const std::string& path) {
  std::vector<DailyInput> rows;
  std::vector<int> roles;
  scan_csv(path, [&](std::size_t line, const std::vector<std::string_view>& raw) {
      std::vector<std::string_view> fields(raw.size());
      std::transform(raw.begin(), raw.end(), fields.begin(), trim);
      if (roles.empty()) {
        roles = roles_of(fields, path, line);
        return;
      }
      if (fields.size() != roles.size())
        throw InputError(path, line,
                         "expected " + std::to_string(roles.size()) + " fields, found " + std::to_string(fields.size()));
      DailyInput& in = rows.emplace_back();
      for (std::size_t c = 0; c < fields.size(); ++c) {
        const std::string_view f = fields[c];
        switch (roles[c]) {
          case kIgnored: break;
          case kAthlete:
            if (f.empty()) throw InputError(path, line, "empty athlete");
            in.athlete.assign(f.data(), f.size());
            break;
          case kDate:
            try {
              in.day = parse_date(f);
            } catch (const std::invalid_argument& e) {
              throw InputError(path, line, e.what());
            }
            break;
          default:
            if (!f.empty())
              in.values[static_cast<std::size_t>(roles[c])] = number(f, static_cast<Input>(roles[c]), path, line);
        }
      }
    });
  if (roles.empty()) throw InputError(path, 1, "empty file, expected a header");
  return rows;
}

}  // namespace preseason
