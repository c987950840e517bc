#include "actors/features/feature_csv.h"

#include <fmt/compile.h>
#include <fmt/format.h>

#include <cmath>
#include <cstdio>
#include <memory>
#include <stdexcept>

#include "data/atomic_file.h"

namespace preseason {

namespace {

constexpr Input kWrittenInputs[] = {Input::kLoad, Input::kLnRmssd, Input::kSleepH};

void put_text(fmt::memory_buffer& out, const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) {
    out.append(s);
    return;
  }
  out.push_back('"');
  for (char c : s) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

// Formatting into a stack buffer keeps fmt's compiled shortest round-trip path free of
// per-character iterator calls; a double needs at most 24 characters.
void put_number(fmt::memory_buffer& out, double v) {
  char text[32];
  text[0] = ',';
  char* end = text + 1;
  if (!std::isnan(v)) end = fmt::format_to(end, FMT_COMPILE("{}"), v);
  out.append(text, end);
}

// YYYY-MM-DD without going through a formatted string per row.
void put_date(fmt::memory_buffer& out, Day d) {
  int y;
  unsigned m, dd;
  civil_from_days(d, y, m, dd);
  if (y < 0 || y > 9999) {
    out.append(format_date(d));
    return;
  }
  const char text[10] = {static_cast<char>('0' + y / 1000),     static_cast<char>('0' + y / 100 % 10),
                         static_cast<char>('0' + y / 10 % 10),  static_cast<char>('0' + y % 10),
                         '-',
                         static_cast<char>('0' + m / 10),       static_cast<char>('0' + m % 10),
                         '-',
                         static_cast<char>('0' + dd / 10),      static_cast<char>('0' + dd % 10)};
  out.append(text, text + 10);
}

void put_quality(fmt::memory_buffer& out, Quality q) {
  out.push_back(',');
  out.append(quality_name(q));
}

void header(fmt::memory_buffer& out) {
  out.append(std::string_view("athlete,date"));
  for (Input i : kWrittenInputs) fmt::format_to(std::back_inserter(out), ",{}", input_name(i));
  for (Input i : kWrittenInputs) fmt::format_to(std::back_inserter(out), ",{}_q", input_name(i));
  for (std::size_t f = 0; f < kFeatureCount; ++f)
    fmt::format_to(std::back_inserter(out), ",{}", feature_name(static_cast<Feature>(f)));
  for (std::size_t f = 0; f < kFeatureCount; ++f)
    fmt::format_to(std::back_inserter(out), ",{}_q", feature_name(static_cast<Feature>(f)));
  out.append(std::string_view(",active_secondary\n"));
}

void row(fmt::memory_buffer& out, const std::string& athlete, const FeatureRecord& r) {
  put_text(out, athlete);
  out.push_back(',');
  put_date(out, r.day);
  for (Input i : kWrittenInputs) put_number(out, r.inputs[index(i)]);
  for (Input i : kWrittenInputs) put_quality(out, r.input_quality[index(i)]);
  for (double v : r.values) put_number(out, v);
  for (Quality q : r.quality) put_quality(out, q);
  out.push_back(',');
  bool first = true;
  for (std::size_t s = 0; s < kSecondaryCount; ++s) {
    if (!r.active(s)) continue;
    if (!first) out.push_back(';');
    out.append(secondary_name(s));
    first = false;
  }
  out.push_back('\n');
}

}  // namespace

void write_feature_csv(const std::string& path, const FeatureTable& table) {
  AtomicFile file(path);
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(file.temp_path().c_str(), "wb"), &std::fclose);
  if (!f) throw std::runtime_error("cannot write " + file.temp_path());
  fmt::memory_buffer out;
  const auto flush = [&] {
    if (std::fwrite(out.data(), 1, out.size(), f.get()) != out.size()) throw std::runtime_error("write failed: " + path);
    out.clear();
  };
  header(out);
  for (const auto& a : table.athletes)
    for (const auto& r : a.records) {
      row(out, a.athlete, r);
      if (out.size() > (4u << 20)) flush();
    }
  flush();
  if (std::fclose(f.release()) != 0) throw std::runtime_error("write failed: " + path);
  file.commit();
}

}  // namespace preseason
