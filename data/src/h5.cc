#include "data/h5.h"

#include <malloc.h>

#include <cstring>

#include "data/chunk_deflater.h"

namespace preseason::h5 {

namespace {

// HDF5 prints its error stack to stderr by default; preseason reports errors itself.
struct SilenceHdf5 {
  SilenceHdf5() { H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr); }
};

void silence() { static SilenceHdf5 once; }

// HDF5's deflate filter calls compress2 for every chunk, which allocates and frees about
// 256 KiB of zlib state. By default glibc returns that to the kernel each time and the
// next chunk faults it in again, zeroed: a 4 KiB chunk then took 110 µs to compress and
// store instead of 47. Raising the thresholds keeps freed memory in the heap; at most
// 64 MiB stays unreturned.
struct KeepFreedMemory {
  KeepFreedMemory() {
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
  }
};

void keep_freed_memory() { static KeepFreedMemory once; }

hid_t check(hid_t id, const std::string& what) {
  if (id < 0) throw Error(what);
  return id;
}

void check(herr_t rc, const std::string& what) {
  if (rc < 0) throw Error(what);
}

// Elements [offset, offset + n) of a 1-D dataset, as the file and memory spaces of one read or write.
struct Range {
  Handle file, memory;
};

Range select_range(hid_t dataset, std::size_t offset, std::size_t n, const std::string& where) {
  Handle file(check(H5Dget_space(dataset), where + ": unreadable dataspace"), H5Sclose);
  const hsize_t start[1] = {offset};
  const hsize_t count[1] = {n};
  check(H5Sselect_hyperslab(file.get(), H5S_SELECT_SET, start, nullptr, count, nullptr), "cannot select in " + where);
  return Range{std::move(file), Handle(H5Screate_simple(1, count, nullptr), H5Sclose)};
}

std::string join(const std::string& path, const std::string& child) {
  return path == "/" ? "/" + child : path + "/" + child;
}

Handle no_times_gcpl() {
  Handle p(H5Pcreate(H5P_GROUP_CREATE), H5Pclose);
  H5Pset_obj_track_times(p.get(), false);
  H5Pset_link_phase_change(p.get(), 64, 48);
  return p;
}

void write_string_attribute(hid_t obj, const std::string& name, const std::string& value,
                            const std::string& where) {
  if (H5Aexists(obj, name.c_str()) > 0) H5Adelete(obj, name.c_str());
  // Variable-length UTF-8, so h5py hands back str rather than bytes.
  Handle type = utf8_string_type();
  const char* text = value.c_str();
  Handle space(H5Screate(H5S_SCALAR), H5Sclose);
  Handle attr(check(H5Acreate2(obj, name.c_str(), type.get(), space.get(), H5P_DEFAULT, H5P_DEFAULT),
                    "cannot create attribute '" + name + "' on " + where),
              H5Aclose);
  check(H5Awrite(attr.get(), type.get(), &text), "cannot write attribute '" + name + "' on " + where);
}

}  // namespace

Handle utf8_string_type() {
  Handle type(H5Tcopy(H5T_C_S1), H5Tclose);
  H5Tset_size(type.get(), H5T_VARIABLE);
  H5Tset_cset(type.get(), H5T_CSET_UTF8);
  return type;
}

Handle fixed_utf8_string_type(std::size_t width) {
  Handle type(H5Tcopy(H5T_C_S1), H5Tclose);
  H5Tset_size(type.get(), width);
  H5Tset_strpad(type.get(), H5T_STR_NULLPAD);
  H5Tset_cset(type.get(), H5T_CSET_UTF8);
  return type;
}

Handle& Handle::operator=(Handle&& o) noexcept {
  if (this != &o) {
    reset();
    id_ = o.id_;
    close_ = o.close_;
    o.id_ = H5I_INVALID_HID;
  }
  return *this;
}

void Handle::reset() {
  if (id_ >= 0 && close_) close_(id_);
  id_ = H5I_INVALID_HID;
}

Column::Column(Handle dataset, std::string where, std::size_t chunk)
    : dataset_(std::move(dataset)), where_(std::move(where)), chunk_(chunk) {
  Handle space(H5Dget_space(dataset_.get()), H5Sclose);
  hsize_t dims[1] = {0};
  H5Sget_simple_extent_dims(space.get(), dims, nullptr);
  size_ = dims[0];
}

void Column::extend(std::size_t n) {
  const hsize_t new_size[1] = {size_ + n};
  check(H5Dset_extent(dataset_.get(), new_size), "cannot extend " + where_);
}

void Column::append_raw(const void* data, std::size_t n, hid_t mem_type) {
  if (n == 0) return;
  extend(n);
  const Range range = select_range(dataset_.get(), size_, n, where_);
  check(H5Dwrite(dataset_.get(), mem_type, range.memory.get(), range.file.get(), H5P_DEFAULT, data),
        "cannot write " + where_);
  size_ += n;
}

void Column::append_chunk(std::vector<unsigned char> bytes, std::size_t rows, hid_t mem_type,
                          ChunkDeflater& deflater, bool last) {
  Handle file_type(check(H5Dget_type(dataset_.get()), where_ + ": unreadable type"), H5Tclose);
  const bool whole = rows == chunk_ || (last && rows < chunk_);
  if (size_ % chunk_ != 0 || !whole || H5Tequal(file_type.get(), mem_type) <= 0)
    return append_raw(bytes.data(), rows, mem_type);
  extend(rows);
  // HDF5 stores an edge chunk whole, the rows past the extent holding the fill value,
  // which is 0 for these datasets.
  const std::size_t element = H5Tget_size(mem_type);
  bytes.resize(chunk_ * element, 0);
  deflater.add(dataset_.get(), size_, std::move(bytes), element, where_);
  size_ += rows;
}

void Column::append_strings(const std::vector<std::string>& values) {
  std::vector<const char*> pointers;
  pointers.reserve(values.size());
  for (const std::string& v : values) pointers.push_back(v.c_str());
  append_strings(pointers.data(), pointers.size());
}

void Column::append_strings(const char* const* values, std::size_t n) {
  Handle mem = utf8_string_type();
  append_raw(values, n, mem.get());
}

void Column::set_attribute(const std::string& name, const std::string& value) {
  write_string_attribute(dataset_.get(), name, value, where_);
}

std::string Group::where(const std::string& child) const {
  return file_ + ":" + (child.empty() ? path_ : join(path_, child));
}

Group Group::create_group(const std::string& name) {
  Handle gcpl = no_times_gcpl();
  Handle g(check(H5Gcreate2(h_.get(), name.c_str(), H5P_DEFAULT, gcpl.get(), H5P_DEFAULT),
                 "cannot create group " + where(name)),
           H5Gclose);
  return Group(std::move(g), file_, join(path_, name));
}

// As open_dataset: the reason is looked up only on failure.
Group Group::open_group(const std::string& name) const {
  const hid_t g = H5Gopen2(h_.get(), name.c_str(), H5P_DEFAULT);
  if (g < 0) throw Error(where(name) + (has(name) ? ": not a group" : ": no such group"));
  return Group(Handle(g, H5Gclose), file_, join(path_, name));
}

bool Group::has(const std::string& name) const {
  return H5Lexists(h_.get(), name.c_str(), H5P_DEFAULT) > 0;
}

std::vector<std::string> Group::children() const {
  std::vector<std::string> names;
  H5G_info_t info;
  check(H5Gget_info(h_.get(), &info), "cannot list " + where());
  for (hsize_t i = 0; i < info.nlinks; ++i) {
    const ssize_t len = H5Lget_name_by_idx(h_.get(), ".", H5_INDEX_NAME, H5_ITER_INC, i, nullptr, 0, H5P_DEFAULT);
    if (len < 0) throw Error("cannot list " + where());
    std::string name(static_cast<std::size_t>(len), '\0');
    H5Lget_name_by_idx(h_.get(), ".", H5_INDEX_NAME, H5_ITER_INC, i, name.data(), name.size() + 1, H5P_DEFAULT);
    names.push_back(std::move(name));
  }
  return names;
}

Column Group::create_column(const std::string& name, hid_t file_type, std::size_t chunk, bool whole_chunks) {
  const hsize_t dims[1] = {0};
  const hsize_t max_dims[1] = {H5S_UNLIMITED};
  Handle space(H5Screate_simple(1, dims, max_dims), H5Sclose);
  Handle dcpl(H5Pcreate(H5P_DATASET_CREATE), H5Pclose);
  const hsize_t chunk_dims[1] = {chunk};
  H5Pset_chunk(dcpl.get(), 1, chunk_dims);
  H5Pset_shuffle(dcpl.get());
  H5Pset_deflate(dcpl.get(), kDeflateLevel);
  H5Pset_obj_track_times(dcpl.get(), false);
  Handle dapl(H5Pcreate(H5P_DATASET_ACCESS), H5Pclose);
  if (whole_chunks) H5Pset_chunk_cache(dapl.get(), 0, 0, 1.0);
  Handle d(check(H5Dcreate2(h_.get(), name.c_str(), file_type, space.get(), H5P_DEFAULT, dcpl.get(), dapl.get()),
                 "cannot create dataset " + where(name)),
           H5Dclose);
  return Column(std::move(d), where(name), chunk);
}

std::vector<std::string> Dataset::read_strings() const { return read_strings(0, length_); }

std::vector<std::string> Dataset::read_strings(std::size_t offset, std::size_t n) const {
  if (offset + n > length_) throw Error(where_ + ": reading elements beyond its length " + std::to_string(length_));
  Handle type(check(H5Dget_type(d_.get()), where_ + ": unreadable type"), H5Tclose);
  if (H5Tget_class(type.get()) != H5T_STRING) throw Error(where_ + ": not a string dataset");
  std::vector<std::string> out;
  out.reserve(n);
  if (n == 0) return out;
  const Range range = select_range(d_.get(), offset, n, where_);
  if (H5Tis_variable_str(type.get()) > 0) {
    Handle mem(H5Tcopy(type.get()), H5Tclose);
    std::vector<char*> raw(n, nullptr);
    check(H5Dread(d_.get(), mem.get(), range.memory.get(), range.file.get(), H5P_DEFAULT, raw.data()),
          where_ + ": cannot read (corrupted or truncated file?)");
    for (char* p : raw) out.emplace_back(p ? p : "");
    H5Dvlen_reclaim(mem.get(), range.memory.get(), H5P_DEFAULT, raw.data());
    return out;
  }
  const std::size_t width = H5Tget_size(type.get());
  std::string buffer(n * width, '\0');
  check(H5Dread(d_.get(), type.get(), range.memory.get(), range.file.get(), H5P_DEFAULT, buffer.data()),
        where_ + ": cannot read (corrupted or truncated file?)");
  for (std::size_t i = 0; i < n; ++i) {
    std::string s = buffer.substr(i * width, width);
    s.resize(std::strlen(s.c_str()));
    out.push_back(std::move(s));
  }
  return out;
}

namespace {

ColumnKind kind_of(hid_t type) {
  switch (H5Tget_class(type)) {
    case H5T_INTEGER: return ColumnKind::kInteger;
    case H5T_FLOAT: return ColumnKind::kFloat;
    case H5T_STRING: return ColumnKind::kString;
    default: return ColumnKind::kOther;
  }
}

}  // namespace

Dataset::Dataset(Handle d, std::string where) : d_(std::move(d)), where_(std::move(where)) {
  Handle type(check(H5Dget_type(d_.get()), where_ + ": unreadable type"), H5Tclose);
  kind_ = kind_of(type.get());
  Handle space(check(H5Dget_space(d_.get()), where_ + ": unreadable dataspace"), H5Sclose);
  if (H5Sget_simple_extent_ndims(space.get()) != 1) throw Error(where_ + ": expected a 1-D dataset");
  hsize_t dims[1];
  H5Sget_simple_extent_dims(space.get(), dims, nullptr);
  length_ = dims[0];
}

void Dataset::read_raw(void* out, hid_t mem_type) const {
  if (length_ == 0) return;
  check(H5Dread(d_.get(), mem_type, H5S_ALL, H5S_ALL, H5P_DEFAULT, out),
        where_ + ": cannot read (corrupted or truncated file?)");
}

void Dataset::read_raw(void* out, hid_t mem_type, std::size_t offset, std::size_t n) const {
  if (offset + n > length_) throw Error(where_ + ": reading elements beyond its length " + std::to_string(length_));
  if (n == 0) return;
  const Range range = select_range(d_.get(), offset, n, where_);
  check(H5Dread(d_.get(), mem_type, range.memory.get(), range.file.get(), H5P_DEFAULT, out),
        where_ + ": cannot read (corrupted or truncated file?)");
}

// Opening first and asking why only on failure keeps the common case to one lookup.
Dataset Group::open_dataset(const std::string& name) const {
  const hid_t d = H5Dopen2(h_.get(), name.c_str(), H5P_DEFAULT);
  if (d < 0) throw Error(where(name) + (has(name) ? ": not a dataset" : ": no such dataset"));
  return Dataset(Handle(d, H5Dclose), where(name));
}

void Group::write_array_raw(const std::string& name, const void* data, std::size_t n, hid_t type) {
  const hsize_t dims[1] = {n};
  Handle space(H5Screate_simple(1, dims, nullptr), H5Sclose);
  Handle dcpl(H5Pcreate(H5P_DATASET_CREATE), H5Pclose);
  H5Pset_obj_track_times(dcpl.get(), false);
  Handle d(check(H5Dcreate2(h_.get(), name.c_str(), type, space.get(), H5P_DEFAULT, dcpl.get(), H5P_DEFAULT),
                 "cannot create dataset " + where(name)),
           H5Dclose);
  if (n > 0) check(H5Dwrite(d.get(), type, H5S_ALL, H5S_ALL, H5P_DEFAULT, data), "cannot write " + where(name));
}

void Group::write_strings(const std::string& name, const std::vector<std::string>& values) {
  std::vector<const char*> pointers;
  pointers.reserve(values.size());
  for (const auto& v : values) pointers.push_back(v.c_str());
  Handle type = utf8_string_type();
  write_array_raw(name, pointers.data(), pointers.size(), type.get());
}

bool Group::is_group(const std::string& name) const {
  if (!has(name)) return false;
  Handle o(H5Oopen(h_.get(), name.c_str(), H5P_DEFAULT), H5Oclose);
  return o.valid() && H5Iget_type(o.get()) == H5I_GROUP;
}

void Group::set_attribute(const std::string& name, const std::string& value) {
  write_string_attribute(h_.get(), name, value, where());
}

namespace {
template <class T>
void write_scalar_attribute(hid_t obj, const std::string& name, T value, hid_t type, const std::string& where) {
  if (H5Aexists(obj, name.c_str()) > 0) H5Adelete(obj, name.c_str());
  Handle space(H5Screate(H5S_SCALAR), H5Sclose);
  Handle attr(check(H5Acreate2(obj, name.c_str(), type, space.get(), H5P_DEFAULT, H5P_DEFAULT),
                    "cannot create attribute '" + name + "' on " + where),
              H5Aclose);
  check(H5Awrite(attr.get(), type, &value), "cannot write attribute '" + name + "' on " + where);
}

template <class T>
T read_scalar_attribute(hid_t obj, const std::string& name, hid_t type, const std::string& where) {
  if (H5Aexists(obj, name.c_str()) <= 0) throw Error(where + ": missing attribute '" + name + "'");
  Handle attr(check(H5Aopen(obj, name.c_str(), H5P_DEFAULT), where + ": cannot open attribute '" + name + "'"),
              H5Aclose);
  Handle space(H5Aget_space(attr.get()), H5Sclose);
  if (H5Sget_simple_extent_npoints(space.get()) != 1) throw Error(where + ": attribute '" + name + "' is not a single value");
  T value{};
  check(H5Aread(attr.get(), type, &value), where + ": attribute '" + name + "' has the wrong type");
  return value;
}
}  // namespace

void Group::set_attribute(const std::string& name, double value) {
  write_scalar_attribute(h_.get(), name, value, H5T_NATIVE_DOUBLE, where());
}

void Group::set_attribute(const std::string& name, std::int64_t value) {
  write_scalar_attribute(h_.get(), name, value, H5T_NATIVE_INT64, where());
}

bool Group::has_attribute(const std::string& name) const { return H5Aexists(h_.get(), name.c_str()) > 0; }

std::vector<std::string> Group::attribute_names() const {
  std::vector<std::string> names;
  auto collect = [](hid_t, const char* name, const H5A_info_t*, void* data) -> herr_t {
    static_cast<std::vector<std::string>*>(data)->emplace_back(name);
    return 0;
  };
  check(H5Aiterate2(h_.get(), H5_INDEX_NAME, H5_ITER_INC, nullptr, collect, &names),
        "cannot list attributes of " + where());
  return names;
}

double Group::double_attribute(const std::string& name) const {
  return read_scalar_attribute<double>(h_.get(), name, H5T_NATIVE_DOUBLE, where());
}

std::int64_t Group::int_attribute(const std::string& name) const {
  return read_scalar_attribute<std::int64_t>(h_.get(), name, H5T_NATIVE_INT64, where());
}

std::string Group::string_attribute(const std::string& name) const {
  const hid_t a = H5Aopen(h_.get(), name.c_str(), H5P_DEFAULT);
  if (a < 0) throw Error(where() + (has_attribute(name) ? ": unreadable attribute '" : ": missing attribute '") + name + "'");
  Handle attr(a, H5Aclose);
  Handle type(H5Aget_type(attr.get()), H5Tclose);
  if (H5Tget_class(type.get()) != H5T_STRING) throw Error(where() + ": attribute '" + name + "' is not a string");
  Handle space(H5Aget_space(attr.get()), H5Sclose);
  if (H5Sget_simple_extent_npoints(space.get()) != 1) throw Error(where() + ": attribute '" + name + "' is not a single string");
  if (H5Tis_variable_str(type.get()) > 0) {
    char* raw = nullptr;
    Handle mem(H5Tcopy(type.get()), H5Tclose);
    check(H5Aread(attr.get(), mem.get(), &raw), where() + ": cannot read attribute '" + name + "'");
    std::string out = raw ? raw : "";
    H5free_memory(raw);
    return out;
  }
  std::string out(H5Tget_size(type.get()), '\0');
  check(H5Aread(attr.get(), type.get(), out.data()), where() + ": cannot read attribute '" + name + "'");
  while (!out.empty() && out.back() == '\0') out.pop_back();
  return out;
}

File File::create(const std::string& path) {
  silence();
  keep_freed_memory();
  Handle fcpl(H5Pcreate(H5P_FILE_CREATE), H5Pclose);
  H5Pset_obj_track_times(fcpl.get(), false);
  // The 1.10 object format indexes the chunks of a growing column in far less space
  // than the 1.6 default (recordings of many short tables shrink by a third); every
  // HDF5 since 1.10 reads it, as do h5py and rhdf5.
  Handle fapl(H5Pcreate(H5P_FILE_ACCESS), H5Pclose);
  H5Pset_libver_bounds(fapl.get(), H5F_LIBVER_V110, H5F_LIBVER_LATEST);
  Handle h(check(H5Fcreate(path.c_str(), H5F_ACC_TRUNC, fcpl.get(), fapl.get()), "cannot create HDF5 file " + path),
           H5Fclose);
  return File(std::move(h), path);
}

File File::open_read(const std::string& path) {
  silence();
  keep_freed_memory();
  if (H5Fis_hdf5(path.c_str()) <= 0)
    throw Error(path + ": missing, unreadable, truncated or not an HDF5 file");
  Handle h(check(H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT), path + ": cannot open (truncated or corrupted?)"),
           H5Fclose);
  return File(std::move(h), path);
}

Group File::root() const {
  Handle g(check(H5Gopen2(h_.get(), "/", H5P_DEFAULT), path_ + ": cannot open root group"), H5Gclose);
  return Group(std::move(g), path_, "/");
}

void File::close() {
  if (!h_.valid()) return;
  check(H5Fflush(h_.get(), H5F_SCOPE_GLOBAL), "cannot flush " + path_);
  h_.reset();
}

}  // namespace preseason::h5
