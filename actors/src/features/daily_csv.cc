#include "actors/features/daily_csv.h"

#include <csv.h>

#include <array>
#include <charconv>
#include <cmath>
#include <cstring>
#include <fstream>
#include <iterator>
#include <optional>

#include "actors/features/input_error.h"

namespace preseason {

namespace {

constexpr int kAthlete = -1, kDate = -2, kIgnored = -3;

// libcsv calls back from C, so errors are stored and raised after csv_parse returns.
struct Reader {
  std::string path;
  std::size_t line = 1;
  std::size_t column = 0;
  bool header_done = false;
  std::vector<int> roles;  // per column: an Input index, kAthlete, kDate or kIgnored
  std::vector<std::string> fields;
  std::vector<DailyInput> rows;
  std::optional<InputError> error;

  void fail(const std::string& problem) {
    if (!error) error.emplace(path, line, problem);
  }
  void field(const char* p, std::size_t n) {
    if (error) return;
    if (column >= fields.size()) fields.emplace_back();
    fields[column++].assign(p ? p : "", p ? n : 0);
  }
  void end_row() {
    if (error) return;
    const std::size_t n = column;
    column = 0;
    if (!header_done) return header(n);
    if (n != roles.size()) return fail("expected " + std::to_string(roles.size()) + " fields, found " + std::to_string(n));
    DailyInput in;
    for (std::size_t c = 0; c < n && !error; ++c) value(roles[c], fields[c], in);
    if (!error) rows.push_back(std::move(in));
  }
  void header(std::size_t n) {
    header_done = true;
    std::array<bool, kInputCount> seen{};
    bool athlete = false, date = false;
    for (std::size_t c = 0; c < n; ++c) {
      int role = kIgnored;
      if (fields[c] == "athlete") role = kAthlete, athlete = true;
      if (fields[c] == "date") role = kDate, date = true;
      for (std::size_t k = 0; k < kInputCount; ++k)
        if (fields[c] == input_name(static_cast<Input>(k))) role = static_cast<int>(k), seen[k] = true;
      roles.push_back(role);
    }
    if (!athlete) return fail("missing column 'athlete'");
    if (!date) return fail("missing column 'date'");
    for (std::size_t k = 0; k < kInputCount; ++k)
      if (!seen[k]) return fail("missing column '" + std::string(input_name(static_cast<Input>(k))) + "'");
  }
  void value(int role, const std::string& text, DailyInput& in) {
    if (role == kIgnored) return;
    if (role == kAthlete) {
      if (text.empty()) return fail("empty athlete");
      in.athlete = text;
      return;
    }
    if (role == kDate) {
      try {
        in.day = parse_date(text);
      } catch (const std::invalid_argument& e) {
        fail(e.what());
      }
      return;
    }
    if (text.empty()) return;
    const auto input = static_cast<Input>(role);
    double v = 0;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, v);
    if (ec != std::errc() || ptr != end || !std::isfinite(v))
      return fail(std::string(input_name(input)) + ": not a number: '" + text + "'");
    if (input == Input::kLoad && v < 0) return fail("load must not be negative: " + text);
    if (input == Input::kSleepH && (v < 0 || v > 24)) return fail("sleep_h must be within [0, 24]: " + text);
    in[input] = v;
  }
};

}  // namespace

std::vector<DailyInput> read_daily_csv(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) throw InputError(path, 0, "cannot open");
  const std::string text{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
  Reader reader;
  reader.path = path;
  csv_parser parser;
  if (csv_init(&parser, 0) != 0) throw std::runtime_error("csv_init failed");
  const auto on_field = [](void* p, std::size_t n, void* r) { static_cast<Reader*>(r)->field(static_cast<const char*>(p), n); };
  const auto on_row = [](int, void* r) { static_cast<Reader*>(r)->end_row(); };
  // Fed one line at a time so a row ends while `line` still names it.
  std::size_t pos = 0;
  while (pos < text.size() && !reader.error) {
    const std::size_t nl = text.find('\n', pos);
    const std::size_t len = (nl == std::string::npos ? text.size() : nl + 1) - pos;
    if (csv_parse(&parser, text.data() + pos, len, on_field, on_row, &reader) != len)
      reader.fail(csv_strerror(csv_error(&parser)));
    pos += len;
    if (nl != std::string::npos) ++reader.line;
  }
  if (!reader.error) csv_fini(&parser, on_field, on_row, &reader);
  csv_free(&parser);
  if (reader.error) throw *reader.error;
  if (!reader.header_done) throw InputError(path, 1, "empty file, expected a header");
  return std::move(reader.rows);
}

}  // namespace preseason
