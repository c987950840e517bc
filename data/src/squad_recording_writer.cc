#include "data/squad_recording_writer.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "data/recording_format.h"
#include "interned_text.h"
#include "recording_columns.h"

namespace preseason {

using recording::check_name;
using recording::column_size;

namespace {

// Rows per chunk: large enough that a squad's column is a few chunks, each compressed once.
constexpr std::size_t kChunkRows = std::size_t{1} << 16;
// A fixed-length text chunk holds at most as many bytes as a chunk of numbers.
constexpr std::size_t kChunkBytes = kChunkRows * sizeof(double);
// Text up to this many bytes long is stored fixed-length. A longer value would make every
// row of its column as wide, so such a column stays variable-length.
constexpr std::size_t kMaxFixedText = 256;

}  // namespace

// Numbers wait in the chunk being filled, so that each chunk is compressed and written
// once and a squad's numeric column never sits in memory whole; text waits for the end
// (write_text). The dataset is created at the first write: a column shorter than a chunk
// gets a chunk its own size, since HDF5 compresses a chunk's fill too.
class SquadRecordingWriter::SquadColumn {
 public:
  SquadColumn(h5::Group& group, std::string name, const ColumnValues& kind, const h5::Handle& string_type,
              h5::ChunkDeflater& deflater)
      : group_(&group),
        deflater_(&deflater),
        name_(std::move(name)),
        file_type_(recording::file_type(kind, string_type)),
        kind_(std::visit([](const auto& v) -> ColumnValues { return std::decay_t<decltype(v)>{}; }, kind)) {}

  void add(const ColumnValues& values) {
    if (values.index() != kind_.index())
      throw h5::Error(group_->where(name_) + ": a column's type must be the same for every athlete");
    std::visit(
        [&](const auto& v) {
          using T = typename std::decay_t<decltype(v)>::value_type;
          if constexpr (std::is_same_v<T, std::string>) {
            for (const std::string& s : v) text_.add(s);
          } else {
            append(v.data(), v.size());
          }
        },
        values);
  }

  // Rows of an athlete that lacks the column: NaN, empty text or 0.
  void pad(std::size_t rows) {
    std::visit(
        [&](const auto& kind) {
          using T = typename std::decay_t<decltype(kind)>::value_type;
          if constexpr (std::is_same_v<T, std::string>) {
            text_.add("", rows);
          } else {
            const T value = [] {
              if constexpr (std::is_same_v<T, double>) return std::nan("");
              else return T{};
            }();
            const std::vector<T> fill(rows, value);
            append(fill.data(), rows);
          }
        },
        kind_);
  }

  // Writes what is still held, creating the dataset even when nothing was added, so that
  // every column exists. Text is written only now, since its width is that of its longest value.
  void finish() {
    if (std::holds_alternative<std::vector<std::string>>(kind_)) return write_text();
    store(true);
  }

 private:
  template <class T> void append(const T* values, std::size_t n) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(values);
    while (n > 0) {
      // A whole chunk's room at once: growing step by step would copy it again and again.
      if (chunk_.empty()) chunk_.reserve(kChunkRows * sizeof(T));
      const std::size_t take = std::min(n, kChunkRows - rows_);
      chunk_.insert(chunk_.end(), bytes, bytes + take * sizeof(T));
      rows_ += take;
      bytes += take * sizeof(T);
      n -= take;
      if (rows_ == kChunkRows) store(false);
    }
  }

  void store(bool last) {
    if (!column_)
      column_.emplace(group_->create_column(name_, file_type_, std::clamp<std::size_t>(rows_, 1, kChunkRows), true));
    if (rows_ == 0) return;
    const hid_t mem_type = std::holds_alternative<std::vector<double>>(kind_) ? h5::native_type<double>()
                                                                              : h5::native_type<std::int64_t>();
    column_->append_chunk(std::move(chunk_), rows_, mem_type, *deflater_, last);
    chunk_ = {};
    rows_ = 0;
  }

  // Fixed-length text compresses with its chunks on the deflater's threads; HDF5 keeps each
  // variable-length value in its global heap instead, uncompressed, about 32 bytes apiece.
  void write_text() {
    const std::size_t rows = text_.rows();
    const std::size_t width = std::max<std::size_t>(text_.longest(), 1);
    if (width > kMaxFixedText) {
      column_.emplace(group_->create_column(name_, file_type_, std::clamp<std::size_t>(rows, 1, kChunkRows), true));
      std::vector<const char*> pointers(rows);
      for (std::size_t i = 0; i < rows; ++i) pointers[i] = text_[i].c_str();
      column_->append_strings(pointers.data(), rows);
    } else {
      const h5::Handle type = h5::fixed_utf8_string_type(width);
      const std::size_t chunk = std::clamp<std::size_t>(std::min(rows, kChunkBytes / width), 1, kChunkRows);
      column_.emplace(group_->create_column(name_, type.get(), chunk, true));
      for (std::size_t i = 0; i < rows; i += chunk) {
        const std::size_t n = std::min(chunk, rows - i);
        std::vector<unsigned char> bytes(n * width, 0);
        for (std::size_t r = 0; r < n; ++r) text_[i + r].copy(reinterpret_cast<char*>(bytes.data()) + r * width, width);
        column_->append_chunk(std::move(bytes), n, type.get(), *deflater_, i + n == rows);
      }
    }
    text_ = {};
  }

  h5::Group* group_;
  h5::ChunkDeflater* deflater_;
  std::string name_;
  hid_t file_type_;
  ColumnValues kind_;  // empty: which of the alternatives the column holds
  std::optional<h5::Column> column_;
  std::vector<unsigned char> chunk_;  // numbers: the rows of the chunk being filled, as bytes
  std::size_t rows_ = 0;
  InternedText text_;
};

// A stream or a table: columns sharing one `offsets`.
struct SquadRecordingWriter::Block {
  h5::Group group;
  StreamInfo info;                         // streams only
  std::map<std::string, SquadColumn> columns;
  std::vector<std::int64_t> rows_of;       // per athlete, in row order
  std::size_t rows = 0;
  std::size_t last_athlete = 0;            // current_ when last added to
};

SquadRecordingWriter::SquadRecordingWriter(const std::string& path, const RecordingInfo& info,
                                           const std::map<std::string, Attributes>& athletes)
    : out_(std::make_unique<AtomicFile>(path)),
      file_(std::make_unique<h5::File>(h5::File::create(out_->temp_path()))),
      string_type_(h5::utf8_string_type()) {
  h5::Group root = file_->root();
  root.set_attribute("format", std::string(recording::kFormatName));
  root.set_attribute("version", recording::version_text(recording::kSquadLayout));
  root.set_attribute("creator", info.creator);
  root.set_attribute("source", info.source);
  h5::Group athletes_group = root.create_group(recording::kAthletes);
  for (const auto& [id, attributes] : athletes) {
    check_name(id, "athlete", athletes_group.where());
    h5::Group g = athletes_group.create_group(id);
    for (const auto& [k, v] : attributes) g.set_attribute(k, v);
    athletes_.push_back(id);
  }
  h5::Group squad = root.create_group(recording::kSquad);
  squad.write_strings(recording::kAthletes, athletes_);
  streams_group_ = std::make_unique<h5::Group>(squad.create_group(recording::kStreams));
  tables_group_ = std::make_unique<h5::Group>(squad.create_group(recording::kTables));
}

SquadRecordingWriter::~SquadRecordingWriter() = default;

void SquadRecordingWriter::begin_athlete(const std::string& id) {
  const auto it = std::lower_bound(athletes_.begin() + static_cast<std::ptrdiff_t>(current_), athletes_.end(), id);
  if (it == athletes_.end() || *it != id)
    throw h5::Error(file_->path() + ": athlete '" + id + "' is not in the squad or was written already");
  current_ = static_cast<std::size_t>(it - athletes_.begin()) + 1;
}

SquadRecordingWriter::Block& SquadRecordingWriter::block(std::map<std::string, Block>& blocks, h5::Group& parent,
                                                         const std::string& name) {
  if (current_ == 0) throw h5::Error(parent.where(name) + ": no athlete begun");
  auto it = blocks.find(name);
  if (it == blocks.end()) {
    check_name(name, "stream or table", parent.where());
    it = blocks.emplace(name, Block{parent.create_group(name), {}, {}, std::vector<std::int64_t>(athletes_.size()), 0, 0})
             .first;
  }
  Block& b = it->second;
  if (b.last_athlete == current_)
    throw h5::Error(b.group.where() + ": athlete '" + athletes_[current_ - 1] + "' added twice");
  return b;
}

void SquadRecordingWriter::add(Block& b, const std::string& column, const ColumnValues& values, std::size_t rows) {
  if (column_size(values) != rows) throw h5::Error(b.group.where(column) + ": length differs from 'time'");
  auto it = b.columns.find(column);
  if (it == b.columns.end()) {
    if (column == recording::kOffsets) throw h5::Error(b.group.where(column) + ": reserved column name");
    check_name(column, "column", b.group.where());
    it = b.columns.emplace(column, SquadColumn(b.group, column, values, string_type_, deflater_)).first;
    it->second.pad(b.rows);
  }
  it->second.add(values);
}

void SquadRecordingWriter::add_samples(const StreamInfo& stream, const std::vector<Time>& times,
                                       const std::vector<double>& values, const std::vector<Time>& uploaded) {
  const std::string name = stream.name();
  Block& b = block(streams_, *streams_group_, name);
  if (b.columns.empty()) {
    b.info = stream;
    b.group.set_attribute("metric", stream.metric);
    b.group.set_attribute("unit", stream.unit);
    if (!stream.source.empty()) b.group.set_attribute("source", stream.source);
    if (!stream.vendor.empty()) b.group.set_attribute("vendor", stream.vendor);
  } else if (b.info.unit != stream.unit || b.info.vendor != stream.vendor) {
    throw h5::Error(b.group.where() + ": unit or vendor differs between athletes");
  }
  if (!std::is_sorted(times.begin(), times.end()))
    throw h5::Error(b.group.where() + ": times of athlete '" + athletes_[current_ - 1] + "' decrease");
  add(b, recording::kTime, times, times.size());
  add(b, recording::kValue, values, times.size());
  add(b, recording::kUploaded, uploaded, times.size());
  b.rows_of[current_ - 1] = static_cast<std::int64_t>(times.size());
  b.rows += times.size();
  b.last_athlete = current_;
}

void SquadRecordingWriter::add_rows(const std::string& table, const EventTable& rows) {
  Block& b = block(tables_, *tables_group_, table);
  const TableColumn* time = nullptr;
  for (const TableColumn& c : rows.columns())
    if (c.name == recording::kTime) time = &c;
  if (!time || !std::holds_alternative<std::vector<std::int64_t>>(time->values))
    throw h5::Error(b.group.where(recording::kTime) + ": missing or not int64 microseconds");
  const std::size_t n = column_size(time->values);
  for (const TableColumn& c : rows.columns()) add(b, c.name, c.values, n);
  for (auto it = b.columns.begin(); it != b.columns.end(); ++it) {
    const auto& given = rows.columns();
    if (std::none_of(given.begin(), given.end(), [&](const TableColumn& c) { return c.name == it->first; }))
      it->second.pad(n);
  }
  b.rows_of[current_ - 1] = static_cast<std::int64_t>(n);
  b.rows += n;
  b.last_athlete = current_;
}

void SquadRecordingWriter::add_team_rows(const std::string& table, const EventTable& rows) {
  if (!team_tables_) {
    h5::Group team = file_->root().create_group(recording::kTeam);
    team_tables_ = std::make_unique<h5::Group>(team.create_group(recording::kTables));
  }
  check_name(table, "table", team_tables_->where());
  if (team_tables_->has(table)) throw h5::Error(team_tables_->where(table) + ": written twice");
  h5::Group g = team_tables_->create_group(table);
  for (const TableColumn& c : rows.columns()) {
    SquadColumn column(g, c.name, c.values, string_type_, deflater_);
    column.add(c.values);
    column.finish();
  }
}

void SquadRecordingWriter::set_attribute(const std::string& name, const std::string& value) {
  file_->root().set_attribute(name, value);
}

void SquadRecordingWriter::set_threads(unsigned threads) { deflater_.set_threads(threads); }

void SquadRecordingWriter::finish_block(Block& b) {
  for (auto& [name, column] : b.columns) column.finish();
  std::vector<std::int64_t> offsets(athletes_.size() + 1, 0);
  for (std::size_t i = 0; i < athletes_.size(); ++i) offsets[i + 1] = offsets[i] + b.rows_of[i];
  b.group.write_array(recording::kOffsets, offsets);
}

void SquadRecordingWriter::close() {
  for (auto& [name, b] : streams_) finish_block(b);
  for (auto& [name, b] : tables_) finish_block(b);
  deflater_.flush();
  streams_.clear();
  tables_.clear();
  streams_group_.reset();
  tables_group_.reset();
  team_tables_.reset();
  file_->close();
  file_.reset();
  out_->commit();
}

}  // namespace preseason
