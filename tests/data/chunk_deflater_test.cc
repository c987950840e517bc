#include "data/chunk_deflater.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>

#include "data/h5.h"
#include "scratch_dir.h"

namespace preseason::h5 {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kChunk = 1000;

std::string scratch(const std::string& name) {
  const fs::path dir = fs::path(testing::scratch_dir() + "chunk_deflater");
  fs::create_directories(dir);
  return (dir / name).string();
}

// Three and a half chunks: a smooth run that deflates well, then noise that barely does.
template <class T> std::vector<T> values(std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::vector<T> out;
  for (std::size_t i = 0; i < kChunk * 7 / 2; ++i)
    out.push_back(i < kChunk * 2 ? static_cast<T>(i / 7) : static_cast<T>(rng() % 100000) / static_cast<T>(3));
  return out;
}

struct Raw {
  unsigned mask = 0;
  std::vector<unsigned char> bytes;
};

Raw raw_chunk(hid_t dataset, hsize_t offset) {
  const hsize_t at[1] = {offset};
  hsize_t size = 0;
  EXPECT_GE(H5Dget_chunk_storage_size(dataset, at, &size), 0);
  Raw r;
  r.bytes.resize(size);
  uint32_t mask = 0;
  EXPECT_GE(H5Dread_chunk(dataset, H5P_DEFAULT, at, &mask, r.bytes.data()), 0);
  r.mask = mask;
  return r;
}

// Writes each type's values twice: through HDF5's filters ("pipeline") and through the
// deflater ("direct"), a chunk at a time, the last one partial. The chunks differ in their
// deflate streams, not in what those inflate to.
template <class T> void write_both(Group& root, const std::string& name, ChunkDeflater& deflater) {
  const std::vector<T> v = values<T>(sizeof(T));
  root.create_column<T>(name + "_pipeline", kChunk).append(v);
  Column direct = root.create_column<T>(name + "_direct", kChunk);
  const auto* bytes = reinterpret_cast<const unsigned char*>(v.data());
  for (std::size_t i = 0; i < v.size(); i += kChunk) {
    const std::size_t rows = std::min(kChunk, v.size() - i);
    direct.append_chunk(std::vector<unsigned char>(bytes + i * sizeof(T), bytes + (i + rows) * sizeof(T)), rows,
                        native_type<T>(), deflater, i + rows == v.size());
  }
}

void write_file(const std::string& path, unsigned threads) {
  File f = File::create(path);
  {
    ChunkDeflater deflater(threads);
    Group root = f.root();
    write_both<double>(root, "double", deflater);
    write_both<std::int64_t>(root, "int64", deflater);
    write_both<std::int32_t>(root, "int32", deflater);
    write_both<std::uint8_t>(root, "uint8", deflater);
    deflater.flush();
  }
  f.close();
}

// What the deflate filter undoes: the chunk as the shuffle filter left it.
std::vector<unsigned char> inflated(const std::vector<unsigned char>& bytes, std::size_t size) {
  std::vector<unsigned char> out(size);
  uLongf n = size;
  EXPECT_EQ(uncompress(out.data(), &n, bytes.data(), bytes.size()), Z_OK);
  EXPECT_EQ(n, size);
  return out;
}

template <class T> void expect_same_chunks(hid_t file, const std::string& name) {
  const hid_t pipeline = H5Dopen2(file, (name + "_pipeline").c_str(), H5P_DEFAULT);
  const hid_t direct = H5Dopen2(file, (name + "_direct").c_str(), H5P_DEFAULT);
  ASSERT_GE(pipeline, 0);
  ASSERT_GE(direct, 0);
  const std::vector<T> expected = values<T>(sizeof(T));
  for (hsize_t offset = 0; offset < expected.size(); offset += kChunk) {
    const Raw a = raw_chunk(pipeline, offset);
    const Raw b = raw_chunk(direct, offset);
    EXPECT_EQ(a.mask, 0u) << name << " chunk at " << offset;
    EXPECT_EQ(b.mask, 0u) << name << " chunk at " << offset;
    const std::size_t size = std::min<std::size_t>(kChunk, expected.size() - offset) * sizeof(T);
    if (offset == 0) {
      EXPECT_LT(b.bytes.size(), size / 4) << name << ": the smooth run is not deflated";
    }
    const std::size_t whole = kChunk * sizeof(T);
    EXPECT_EQ(inflated(a.bytes, whole), inflated(b.bytes, whole)) << name << " chunk at " << offset;
  }
  std::vector<T> read(expected.size());
  ASSERT_GE(H5Dread(direct, native_type<T>(), H5S_ALL, H5S_ALL, H5P_DEFAULT, read.data()), 0);
  EXPECT_EQ(read, expected) << name;
  H5Dclose(pipeline);
  H5Dclose(direct);
}

std::string bytes_of(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

TEST(ChunkDeflater, StoresEveryChunkAsHdf5sOwnFiltersReadItBack) {
  for (unsigned threads : {0u, 3u}) {
    const std::string path = scratch("same_" + std::to_string(threads) + ".h5");
    write_file(path, threads);
    const hid_t file = H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
    ASSERT_GE(file, 0);
    expect_same_chunks<double>(file, "double");
    expect_same_chunks<std::int64_t>(file, "int64");
    expect_same_chunks<std::int32_t>(file, "int32");
    expect_same_chunks<std::uint8_t>(file, "uint8");
    H5Fclose(file);
  }
}

TEST(ChunkDeflater, FileBytesDoNotDependOnThreads) {
  const std::string one = scratch("threads_0.h5");
  write_file(one, 0);
  for (unsigned threads : {1u, 2u, 5u}) {
    const std::string other = scratch("threads_" + std::to_string(threads) + ".h5");
    write_file(other, threads);
    EXPECT_EQ(bytes_of(one), bytes_of(other)) << threads << " thread(s)";
  }
}

template <class T> std::vector<unsigned char> bytes_of_values(const std::vector<T>& v) {
  const auto* b = reinterpret_cast<const unsigned char*>(v.data());
  return std::vector<unsigned char>(b, b + v.size() * sizeof(T));
}

// Rows that are not a whole chunk at a chunk boundary, or not of the column's file type,
// go through HDF5's own write, and read back all the same.
TEST(ChunkDeflater, AppendChunkWritesWhatItCannotStoreWholeThroughHdf5) {
  const std::string path = scratch("fallback.h5");
  {
    File f = File::create(path);
    Group root = f.root();
    ChunkDeflater deflater(2);
    Column offset = root.create_column("offset", H5T_IEEE_F64LE, kChunk, true);
    const std::vector<double> v = values<double>(8);
    offset.append_chunk(bytes_of_values(std::vector<double>(v.begin(), v.begin() + 500)), 500, native_type<double>(),
                        deflater, false);
    offset.append_chunk(bytes_of_values(std::vector<double>(v.begin() + 500, v.begin() + 1500)), kChunk,
                        native_type<double>(), deflater, false);
    Column narrow = root.create_column("narrow", H5T_STD_I64LE, kChunk, true);
    std::vector<std::int32_t> small(kChunk);
    for (std::size_t i = 0; i < small.size(); ++i) small[i] = static_cast<std::int32_t>(i) - 300;
    narrow.append_chunk(bytes_of_values(small), kChunk, native_type<std::int32_t>(), deflater, true);
    deflater.flush();
    f.close();
  }
  const hid_t file = H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
  ASSERT_GE(file, 0);
  const hid_t offset = H5Dopen2(file, "offset", H5P_DEFAULT);
  std::vector<double> read(1500);
  ASSERT_GE(H5Dread(offset, native_type<double>(), H5S_ALL, H5S_ALL, H5P_DEFAULT, read.data()), 0);
  const std::vector<double> v = values<double>(8);
  EXPECT_EQ(read, std::vector<double>(v.begin(), v.begin() + 1500));
  const hid_t narrow = H5Dopen2(file, "narrow", H5P_DEFAULT);
  std::vector<std::int64_t> wide(kChunk);
  ASSERT_GE(H5Dread(narrow, native_type<std::int64_t>(), H5S_ALL, H5S_ALL, H5P_DEFAULT, wide.data()), 0);
  for (std::size_t i = 0; i < wide.size(); ++i) ASSERT_EQ(wide[i], static_cast<std::int64_t>(i) - 300) << i;
  H5Dclose(offset);
  H5Dclose(narrow);
  H5Fclose(file);
}

TEST(ChunkDeflater, AChunkThatCannotBeStoredNamesItsDataset) {
  File f = File::create(scratch("misplaced.h5"));
  Group root = f.root();
  Column c = root.create_column<double>("values", kChunk);
  const std::vector<double> v(kChunk, 1.5);
  c.append(v);
  ChunkDeflater deflater(2);
  // Not on a chunk boundary: HDF5 refuses it when the deflater stores it.
  std::vector<unsigned char> bytes(kChunk * sizeof(double));
  Handle dataset(H5Dopen2(root.id(), "values", H5P_DEFAULT), H5Dclose);
  deflater.add(dataset.get(), 1, bytes, sizeof(double), "misplaced.h5:/values");
  try {
    deflater.flush();
    FAIL() << "a misplaced chunk was stored";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("misplaced.h5:/values"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace preseason::h5
