// A thin RAII layer over the HDF5 C API: files, groups, attributes and
// chunked, compressed, appendable 1-D columns. Every failure becomes an
// h5::Error naming the file and object; HDF5's own error stack is never printed.
// Objects are created without modification times so equal content gives equal bytes.
#pragma once

#include <hdf5.h>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace preseason::h5 {

class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Owns one hid_t and closes it with the matching H5*close.
class Handle {
 public:
  Handle() = default;
  Handle(hid_t id, herr_t (*close)(hid_t)) : id_(id), close_(close) {}
  Handle(Handle&& o) noexcept : id_(o.id_), close_(o.close_) { o.id_ = H5I_INVALID_HID; }
  Handle& operator=(Handle&& o) noexcept;
  Handle(const Handle&) = delete;
  Handle& operator=(const Handle&) = delete;
  ~Handle() { reset(); }
  hid_t get() const { return id_; }
  bool valid() const { return id_ >= 0; }
  void reset();

 private:
  hid_t id_ = H5I_INVALID_HID;
  herr_t (*close_)(hid_t) = nullptr;
};

template <class T> hid_t native_type();
template <> inline hid_t native_type<double>() { return H5T_NATIVE_DOUBLE; }
template <> inline hid_t native_type<float>() { return H5T_NATIVE_FLOAT; }
template <> inline hid_t native_type<std::int64_t>() { return H5T_NATIVE_INT64; }
template <> inline hid_t native_type<std::int32_t>() { return H5T_NATIVE_INT32; }
template <> inline hid_t native_type<std::uint32_t>() { return H5T_NATIVE_UINT32; }
template <> inline hid_t native_type<std::uint64_t>() { return H5T_NATIVE_UINT64; }
template <> inline hid_t native_type<std::uint8_t>() { return H5T_NATIVE_UINT8; }
template <> inline hid_t native_type<std::int8_t>() { return H5T_NATIVE_INT8; }

class Group;
class ChunkDeflater;

// Every column is shuffled, then deflated at this level.
inline constexpr int kDeflateLevel = 1;

// Variable-length UTF-8 strings: what h5py writes for str and reads with .asstr().
Handle utf8_string_type();
// UTF-8 strings of `width` bytes, shorter ones padded with NULs: h5py reads them with
// .asstr() too, and they compress with their dataset's chunks.
Handle fixed_utf8_string_type(std::size_t width);

enum class ColumnKind { kInteger, kFloat, kString, kOther };

// An extensible 1-D dataset that grows by append().
class Column {
 public:
  Column(Handle dataset, std::string where, std::size_t chunk);
  template <class T> void append(const std::vector<T>& values) {
    append_raw(values.data(), values.size(), native_type<T>());
  }
  void append_raw(const void* data, std::size_t n, hid_t mem_type);
  // `rows` rows as bytes of `mem_type`, for `deflater`, whose threads compress them: a whole
  // chunk, or with `last` (nothing is appended after them) the column's final rows. Other
  // rows, or rows not of the column's file type, are written as append_raw writes them.
  void append_chunk(std::vector<unsigned char> bytes, std::size_t rows, hid_t mem_type, ChunkDeflater& deflater,
                    bool last);
  void append_strings(const std::vector<std::string>& values);
  // `n` NUL-terminated UTF-8 strings.
  void append_strings(const char* const* values, std::size_t n);
  std::size_t size() const { return size_; }
  void set_attribute(const std::string& name, const std::string& value);

 private:
  void extend(std::size_t n);

  Handle dataset_;
  std::string where_;
  std::size_t chunk_;
  std::size_t size_ = 0;
};

// A 1-D dataset opened once, so its kind, length and contents cost one H5Dopen together.
class Dataset {
 public:
  Dataset(Handle d, std::string where);
  ColumnKind kind() const { return kind_; }
  std::size_t length() const { return length_; }
  template <class T> std::vector<T> read() const {
    std::vector<T> out(length_);
    read_raw(out.data(), native_type<T>());
    return out;
  }
  // Elements [offset, offset + n); throws Error when that reaches past length().
  template <class T> std::vector<T> read_slice(std::size_t offset, std::size_t n) const {
    std::vector<T> out(n);
    read_raw(out.data(), native_type<T>(), offset, n);
    return out;
  }
  // The whole dataset converted to mem_type; `out` holds length() elements.
  void read_raw(void* out, hid_t mem_type) const;
  void read_raw(void* out, hid_t mem_type, std::size_t offset, std::size_t n) const;
  // A text dataset, fixed or variable length; throws Error for any other type.
  std::vector<std::string> read_strings() const;
  std::vector<std::string> read_strings(std::size_t offset, std::size_t n) const;
  const std::string& where() const { return where_; }

 private:
  Handle d_;
  std::string where_;
  ColumnKind kind_;
  std::size_t length_ = 0;
};

class Group {
 public:
  Group(Handle h, std::string file, std::string path)
      : h_(std::move(h)), file_(std::move(file)), path_(std::move(path)) {}
  Group create_group(const std::string& name);
  Group open_group(const std::string& name) const;
  bool has(const std::string& name) const;
  std::vector<std::string> children() const;

  // `whole_chunks`: every append but the last fills whole chunks, so no chunk is ever read
  // back and HDF5 keeps no chunk cache for the column (1 MiB each otherwise).
  Column create_column(const std::string& name, hid_t file_type, std::size_t chunk = 4096, bool whole_chunks = false);
  template <class T> Column create_column(const std::string& name, std::size_t chunk = 4096) {
    return create_column(name, native_type<T>(), chunk);
  }
  bool is_group(const std::string& name) const;
  // Throws Error when `name` is missing, not a dataset or not 1-D.
  Dataset open_dataset(const std::string& name) const;
  // Writes `values` as a new fixed-size, uncompressed 1-D dataset in one call: for
  // many small columns written once, where chunking and filters cost more than they save.
  template <class T> void write_array(const std::string& name, const std::vector<T>& values) {
    write_array_raw(name, values.data(), values.size(), native_type<T>());
  }
  void write_array_raw(const std::string& name, const void* data, std::size_t n, hid_t type);
  // write_array for text: variable-length UTF-8, as h5py writes str.
  void write_strings(const std::string& name, const std::vector<std::string>& values);

  void set_attribute(const std::string& name, const std::string& value);
  void set_attribute(const std::string& name, double value);
  void set_attribute(const std::string& name, std::int64_t value);
  bool has_attribute(const std::string& name) const;
  std::vector<std::string> attribute_names() const;
  std::string string_attribute(const std::string& name) const;
  double double_attribute(const std::string& name) const;
  std::int64_t int_attribute(const std::string& name) const;

  hid_t id() const { return h_.get(); }
  const std::string& path() const { return path_; }
  const std::string& file() const { return file_; }
  // "file.h5:/athletes/a01" for error messages.
  std::string where(const std::string& child = "") const;

 private:
  Handle h_;
  std::string file_;
  std::string path_;
};

class File {
 public:
  // Truncates or creates `path` for writing.
  static File create(const std::string& path);
  // Opens an existing file read-only; throws Error when it is missing or not HDF5.
  static File open_read(const std::string& path);
  Group root() const;
  const std::string& path() const { return path_; }
  // Flushes and closes; errors surface here rather than in a destructor.
  void close();

 private:
  File(Handle h, std::string path) : h_(std::move(h)), path_(std::move(path)) {}
  Handle h_;
  std::string path_;
};

}  // namespace preseason::h5
