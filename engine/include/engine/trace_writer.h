// A RecordSink that appends every record to columns of an HDF5 group
// (time, actor, kind, v0..v3), written to a temporary file and renamed on finish().
#pragma once

#include <memory>
#include <string>

#include "data/atomic_file.h"
#include "data/h5.h"
#include "engine/record.h"

namespace preseason {

class TraceWriter final : public RecordSink {
 public:
  explicit TraceWriter(const std::string& path);
  ~TraceWriter() override;
  void write(const std::vector<Record>& records) override;
  // Closes the file and moves it into place; without it the output is discarded.
  void finish();
  std::size_t written() const { return written_; }

 private:
  AtomicFile out_;
  std::unique_ptr<h5::File> file_;
  std::unique_ptr<h5::Group> group_;
  std::vector<h5::Column> columns_;
  std::size_t written_ = 0;
};

}  // namespace preseason
