#include "data/csv_reader.h"

#include <csv.h>

#include <exception>
#include <fstream>

#include "data/import_error.h"

namespace preseason {

namespace {

using RowCallback = std::function<void(std::size_t, const std::vector<std::string_view>&)>;

// Fields of the current row are appended to one buffer and viewed when the row ends,
// so a row costs no allocation once the buffer has grown.
struct Scanner {
  const RowCallback* on_row;
  std::string buffer;
  std::vector<std::size_t> ends;
  std::vector<std::string_view> fields;
  std::size_t line = 0;
  std::size_t row_line = 0;
  // An exception from the callback must not unwind through libcsv's C frames: it is
  // kept here and rethrown once csv_parse has returned.
  std::exception_ptr failure;
};

void on_field(void* s, std::size_t len, void* data) {
  auto* c = static_cast<Scanner*>(data);
  if (c->ends.empty()) c->row_line = c->line;
  c->buffer.append(static_cast<const char*>(s), len);
  c->ends.push_back(c->buffer.size());
}

void on_row(int, void* data) {
  auto* c = static_cast<Scanner*>(data);
  c->fields.clear();
  std::size_t begin = 0;
  for (std::size_t end : c->ends) {
    c->fields.emplace_back(c->buffer.data() + begin, end - begin);
    begin = end;
  }
  if (!c->failure) {
    try {
      (*c->on_row)(c->row_line, c->fields);
    } catch (...) {
      c->failure = std::current_exception();
    }
  }
  c->buffer.clear();
  c->ends.clear();
}

}  // namespace

void scan_csv(const std::string& path, const RowCallback& callback) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ImportError(path, "", "cannot open file");
  csv_parser parser;
  if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
    throw ImportError(path, "", "cannot start the CSV parser");
  Scanner c{&callback, {}, {}, {}, 0, 0, nullptr};
  std::string text;
  bool ok = true;
  while (ok && !c.failure && std::getline(in, text)) {
    ++c.line;
    text += '\n';
    ok = csv_parse(&parser, text.data(), text.size(), on_field, on_row, &c) == text.size();
  }
  if (ok && !c.failure) ok = csv_fini(&parser, on_field, on_row, &c) == 0;
  if (c.failure) {
    csv_free(&parser);
    std::rethrow_exception(c.failure);
  }
  const std::string problem = ok ? "" : csv_strerror(csv_error(&parser));
  csv_free(&parser);
  if (!ok) throw ImportError(path, std::to_string(c.line), "malformed CSV (" + problem + ")");
  if (in.bad()) throw ImportError(path, "", "read error");
}

std::vector<CsvRow> read_csv(const std::string& path) {
  std::vector<CsvRow> rows;
  scan_csv(path, [&rows](std::size_t line, const std::vector<std::string_view>& fields) {
    CsvRow row;
    row.line = line;
    for (std::string_view f : fields) row.fields.emplace_back(f);
    rows.push_back(std::move(row));
  });
  return rows;
}

int csv_column(const CsvRow& header, const std::string& name) {
  for (std::size_t i = 0; i < header.fields.size(); ++i)
    if (header.fields[i] == name) return static_cast<int>(i);
  return -1;
}

}  // namespace preseason
