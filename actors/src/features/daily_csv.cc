#include "actors/features/daily_csv.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <memory>
#include <string_view>

#include "actors/features/input_error.h"

namespace preseason {

namespace {

constexpr int kAthlete = -1, kDate = -2, kIgnored = -3;

std::string read_file(const std::string& path) {
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) throw InputError(path, 0, "cannot open");
  std::string text;
  char buf[1 << 16];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, f.get())) > 0;) text.append(buf, n);
  if (std::ferror(f.get())) throw InputError(path, 0, "cannot read");
  return text;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// RFC 4180 records over the whole file in memory: fields are views into the text, except
// quoted ones with doubled quotes, which are unescaped into per-column buffers.
class Records {
 public:
  Records(const std::string& path, const std::string& text) : path_(path), p_(text.data()), end_(p_ + text.size()) {}

  // The next non-blank record, or false at the end of the file.
  bool next(std::vector<std::string_view>& fields) {
    while (p_ < end_ && (*p_ == '\n' || *p_ == '\r')) {
      if (*p_ == '\n') ++line_;
      ++p_;
    }
    if (p_ >= end_) return false;
    record_line_ = line_;
    fields.clear();
    for (;;) {
      if (*p_ == '"') {
        fields.push_back(quoted(fields.size()));
      } else {
        const char* s = p_;
        while (p_ < end_ && *p_ != ',' && *p_ != '\n') ++p_;
        std::string_view v(s, static_cast<std::size_t>(p_ - s));
        if (!v.empty() && v.back() == '\r') v.remove_suffix(1);
        fields.push_back(trim(v));
      }
      if (p_ >= end_) return true;
      if (*p_ == ',') {
        ++p_;
        if (p_ >= end_) {
          fields.emplace_back();
          return true;
        }
        continue;
      }
      ++p_;  // '\n'
      ++line_;
      return true;
    }
  }
  std::size_t line() const { return record_line_; }

 private:
  std::string_view quoted(std::size_t column) {
    if (unquoted_.size() <= column) unquoted_.resize(column + 1);
    std::string& out = unquoted_[column];
    out.clear();
    ++p_;
    for (;;) {
      const char* q = std::find(p_, end_, '"');
      if (q == end_) throw InputError(path_, record_line_, "unterminated quoted field");
      line_ += static_cast<std::size_t>(std::count(p_, q, '\n'));
      out.append(p_, q);
      p_ = q + 1;
      if (p_ < end_ && *p_ == '"') {
        out.push_back('"');
        ++p_;
        continue;
      }
      break;
    }
    if (p_ < end_ && *p_ == '\r') ++p_;
    if (p_ < end_ && *p_ != ',' && *p_ != '\n') throw InputError(path_, record_line_, "text after a closing quote");
    return out;
  }

  const std::string& path_;
  const char* p_;
  const char* end_;
  std::size_t line_ = 1;
  std::size_t record_line_ = 1;
  std::vector<std::string> unquoted_;
};

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
  const std::string text = read_file(path);
  Records records(path, text);
  std::vector<std::string_view> fields;
  if (!records.next(fields)) throw InputError(path, 1, "empty file, expected a header");
  const std::vector<int> roles = roles_of(fields, path, records.line());
  std::vector<DailyInput> rows;
  rows.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')));
  while (records.next(fields)) {
    const std::size_t line = records.line();
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
          if (!f.empty()) in.values[static_cast<std::size_t>(roles[c])] = number(f, static_cast<Input>(roles[c]), path, line);
      }
    }
  }
  return rows;
}

}  // namespace preseason
