#include "data/csv_reader.h"

#include <csv.h>

#include <fstream>

#include "data/import_error.h"

namespace preseason {

namespace {

struct Collector {
  std::vector<CsvRow> rows;
  CsvRow current;
  std::size_t line = 0;
};

void on_field(void* s, std::size_t len, void* data) {
  auto* c = static_cast<Collector*>(data);
  if (c->current.fields.empty()) c->current.line = c->line;
  c->current.fields.emplace_back(static_cast<const char*>(s), len);
}

void on_row(int, void* data) {
  auto* c = static_cast<Collector*>(data);
  c->rows.push_back(std::move(c->current));
  c->current = CsvRow{};
}

}  // namespace

std::vector<CsvRow> read_csv(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ImportError(path, "", "cannot open file");
  csv_parser parser;
  if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0) throw ImportError(path, "", "cannot start the CSV parser");
  Collector c;
  std::string text;
  bool ok = true;
  while (ok && std::getline(in, text)) {
    ++c.line;
    text += '\n';
    ok = csv_parse(&parser, text.data(), text.size(), on_field, on_row, &c) == text.size();
  }
  if (ok) ok = csv_fini(&parser, on_field, on_row, &c) == 0;
  const std::string problem = ok ? "" : csv_strerror(csv_error(&parser));
  csv_free(&parser);
  if (!ok) throw ImportError(path, std::to_string(c.line), "malformed CSV (" + problem + ")");
  if (in.bad()) throw ImportError(path, "", "read error");
  return c.rows;
}

int csv_column(const CsvRow& header, const std::string& name) {
  for (std::size_t i = 0; i < header.fields.size(); ++i)
    if (header.fields[i] == name) return static_cast<int>(i);
  return -1;
}

}  // namespace preseason
