#include "engine/trace_writer.h"

namespace preseason {

TraceWriter::TraceWriter(const std::string& path) : out_(path) {
  file_ = std::make_unique<h5::File>(h5::File::create(out_.temp_path()));
  h5::Group root = file_->root();
  root.set_attribute("format", std::string("preseason-trace"));
  root.set_attribute("version", std::int64_t{1});
  group_ = std::make_unique<h5::Group>(root.create_group("trace"));
  columns_.push_back(group_->create_column<std::int64_t>("time", 16384));
  columns_.back().set_attribute("unit", "us since 1970-01-01T00:00:00Z");
  columns_.push_back(group_->create_column<std::uint32_t>("actor", 16384));
  columns_.push_back(group_->create_column<std::uint32_t>("kind", 16384));
  for (const char* v : {"v0", "v1", "v2", "v3"}) columns_.push_back(group_->create_column<double>(v, 16384));
}

TraceWriter::~TraceWriter() = default;

void TraceWriter::write(const std::vector<Record>& records) {
  std::vector<std::int64_t> time(records.size());
  std::vector<std::uint32_t> actor(records.size()), kind(records.size());
  std::vector<std::vector<double>> values(4, std::vector<double>(records.size()));
  for (std::size_t i = 0; i < records.size(); ++i) {
    time[i] = records[i].time;
    actor[i] = records[i].actor;
    kind[i] = records[i].kind;
    for (std::size_t v = 0; v < 4; ++v) values[v][i] = records[i].payload.values[v];
  }
  columns_[0].append(time);
  columns_[1].append(actor);
  columns_[2].append(kind);
  for (std::size_t v = 0; v < 4; ++v) columns_[3 + v].append(values[v]);
  written_ += records.size();
}

void TraceWriter::finish() {
  columns_.clear();
  group_.reset();
  file_->close();
  file_.reset();
  out_.commit();
}

}  // namespace preseason
