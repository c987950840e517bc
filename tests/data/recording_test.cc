#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>

#include "data/recording_reader.h"
#include "data/recording_writer.h"
#include "scratch_dir.h"

namespace preseason {
namespace {

namespace fs = std::filesystem;

std::string scratch(const std::string& name) {
  const fs::path dir = fs::path(testing::scratch_dir() + "recording");
  fs::create_directories(dir);
  return (dir / name).string();
}

const StreamInfo kHrv{"hrv", "ms", "ring", "Oura"};

EventTable session_rows(std::vector<Time> times, std::vector<std::string> activity, std::vector<double> rpe) {
  EventTable t;
  t.column<std::int64_t>("time") = std::move(times);
  t.column<std::string>("activity") = std::move(activity);
  t.column<double>("rpe") = std::move(rpe);
  return t;
}

std::string write_sample(const std::string& name) {
  const std::string path = scratch(name);
  RecordingWriter w(path, {"recording", "unit test"});
  w.add_athlete("a01", {{"position", "goalkeeper"}});
  w.add_athlete("a02");
  // Appended in three calls, as an importer may.
  w.append_samples("a01", kHrv, {kDay, 2 * kDay}, {60.0, 61.5});
  w.append_samples("a01", kHrv, {}, {});
  w.append_samples("a01", kHrv, {3 * kDay, 3 * kDay, 5 * kDay}, {59.0, 58.0, 70.25});
  w.append_rows("a01", "sessions", session_rows({kDay + 10 * kHour}, {"team, soccer"}, {7}));
  w.append_rows("a01", "sessions", session_rows({2 * kDay, 3 * kDay}, {"gym", "ünïcode run"}, {4, NAN}));
  w.close();
  return path;
}

TEST(Recording, RoundTripsStreamsTablesAndAttributes) {
  const RecordingReader r(write_sample("round_trip.h5"));
  EXPECT_EQ(r.version().major, 1);
  EXPECT_EQ(r.attributes().at("format"), "preseason-recording");
  EXPECT_EQ(r.attributes().at("creator"), "recording");
  EXPECT_EQ(r.athletes(), (std::vector<std::string>{"a01", "a02"}));
  EXPECT_EQ(r.athlete_attributes("a01").at("position"), "goalkeeper");
  ASSERT_EQ(r.streams("a01").size(), 1u);
  const StreamSummary s = r.streams("a01")[0];
  EXPECT_EQ(s.name, "ring.hrv");
  EXPECT_EQ(s.info.unit, "ms");
  EXPECT_EQ(s.info.vendor, "Oura");
  EXPECT_EQ(s.samples, 5u);
  const Samples all = r.read("a01", "ring.hrv");
  EXPECT_EQ(all.time, (std::vector<Time>{kDay, 2 * kDay, 3 * kDay, 3 * kDay, 5 * kDay}));
  EXPECT_EQ(all.value, (std::vector<double>{60.0, 61.5, 59.0, 58.0, 70.25}));
  EXPECT_TRUE(r.streams("a02").empty());

  const EventTable t = r.read_table("a01", "sessions");
  EXPECT_EQ(t.rows(), 3u);
  EXPECT_EQ(*t.find<std::int64_t>("time"), (std::vector<Time>{kDay + 10 * kHour, 2 * kDay, 3 * kDay}));
  EXPECT_EQ(*t.find<std::string>("activity"), (std::vector<std::string>{"team, soccer", "gym", "ünïcode run"}));
  const auto& rpe = *t.find<double>("rpe");
  EXPECT_EQ(rpe[0], 7);
  EXPECT_TRUE(std::isnan(rpe[2]));
  ASSERT_EQ(r.tables("a01").size(), 1u);
  EXPECT_EQ(r.tables("a01")[0].rows, 3u);
}

// HDF5 holds about 15 kB per open object and slows down with many open: a reader of a
// squad's recording must not keep its tens of thousands of datasets open between reads.
TEST(Recording, ReaderKeepsNoDatasetOpen) {
  const RecordingReader r(write_sample("open_objects.h5"));
  EXPECT_EQ(r.streams("a01").size(), 1u);
  EXPECT_EQ(r.read("a01", "ring.hrv").time.size(), 5u);
  EXPECT_EQ(r.read_table("a01", "sessions").rows(), 3u);
  EXPECT_EQ(H5Fget_obj_count(H5F_OBJ_ALL, H5F_OBJ_DATASET), 0);
}

TEST(Recording, ReadsInChunksAndByTimeRange) {
  const RecordingReader r(write_sample("chunks.h5"));
  std::vector<double> values;
  for (std::size_t offset = 0;; offset += 2) {
    const Samples chunk = r.read("a01", "ring.hrv", offset, 2);
    if (chunk.time.empty()) break;
    values.insert(values.end(), chunk.value.begin(), chunk.value.end());
  }
  EXPECT_EQ(values, (std::vector<double>{60.0, 61.5, 59.0, 58.0, 70.25}));
  EXPECT_EQ(r.read_between("a01", "ring.hrv", 2 * kDay, 5 * kDay).value, (std::vector<double>{61.5, 59.0, 58.0}));
  EXPECT_EQ(r.read_between("a01", "ring.hrv", 3 * kDay + 1, 6 * kDay).value, (std::vector<double>{70.25}));
  EXPECT_TRUE(r.read_between("a01", "ring.hrv", 6 * kDay, 7 * kDay).time.empty());
  EXPECT_TRUE(r.read_between("a01", "ring.hrv", 5 * kDay, kDay).time.empty());
}

TEST(Recording, SameContentGivesSameBytes) {
  auto bytes = [](const std::string& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  };
  EXPECT_EQ(bytes(write_sample("same1.h5")), bytes(write_sample("same2.h5")));
}

TEST(Recording, WriterRejectsMisuse) {
  const std::string path = scratch("misuse.h5");
  RecordingWriter w(path, {"t", "t"});
  EXPECT_THROW(w.append_samples("a09", kHrv, {1}, {1.0}), h5::Error);
  w.add_athlete("a01");
  EXPECT_THROW(w.add_athlete("a01"), h5::Error);
  EXPECT_THROW(w.add_athlete("a/b"), h5::Error);
  w.append_samples("a01", kHrv, {10}, {1.0});
  EXPECT_THROW(w.append_samples("a01", kHrv, {9}, {1.0}), h5::Error);
  EXPECT_THROW(w.append_samples("a01", kHrv, {9}, {1.0}), h5::Error);
  EXPECT_THROW(w.append_samples("a01", kHrv, {11, 12}, {1.0}), h5::Error);
  EXPECT_THROW(w.append_samples("a01", {"hrv", "s", "ring", "Oura"}, {12}, {1.0}), h5::Error);
  w.append_rows("a01", "sessions", session_rows({1}, {"x"}, {1}));
  EventTable other;
  other.column<std::int64_t>("time") = {2};
  other.column<double>("activity") = {1};
  other.column<double>("rpe") = {1};
  EXPECT_THROW(w.append_rows("a01", "sessions", other), h5::Error);
  EventTable no_time;
  no_time.column<double>("rpe") = {1};
  EXPECT_THROW(w.append_rows("a01", "illness", no_time), h5::Error);
}

TEST(Recording, UploadTimesRoundTripAndMustBeConsistent) {
  const std::string path = scratch("uploaded.h5");
  const StreamInfo hrv{"ln_rmssd", "ln(ms)", "ring", "sim"};
  {
    RecordingWriter w(path, {"t", "t"});
    w.add_athlete("a01");
    w.append_samples("a01", hrv, {10, 20}, {4.1, 4.2}, {15, 900});
    w.append_samples("a01", hrv, {30}, {4.3}, {31});
    EXPECT_THROW(w.append_samples("a01", hrv, {40}, {4.4}), h5::Error);
    EXPECT_THROW(w.append_samples("a01", hrv, {50}, {4.4}, {}), h5::Error);
    w.append_samples("a01", {"rhr", "bpm", "ring", "sim"}, {10}, {50});
    w.close();
  }
  RecordingReader r(path);
  const Samples s = r.read("a01", "ring.ln_rmssd");
  EXPECT_EQ(s.uploaded, (std::vector<Time>{15, 900, 31}));
  EXPECT_EQ(r.read("a01", "ring.ln_rmssd", 1, 1).uploaded, (std::vector<Time>{900}));
  EXPECT_TRUE(r.read("a01", "ring.rhr").uploaded.empty());
}

TEST(Recording, UnclosedWriterLeavesNoFile) {
  const std::string path = scratch("unclosed.h5");
  {
    RecordingWriter w(path, {"t", "t"});
    w.add_athlete("a01");
    w.append_samples("a01", kHrv, {1}, {1.0});
  }
  EXPECT_FALSE(fs::exists(path));
  for (const auto& e : fs::directory_iterator(fs::path(path).parent_path()))
    EXPECT_EQ(e.path().string().find("unclosed.h5.partial"), std::string::npos) << e.path();
}

std::string error_opening(const std::string& path) {
  try {
    RecordingReader r(path);
  } catch (const h5::Error& e) {
    return e.what();
  }
  return "";
}

TEST(Recording, RefusesOtherHdf5Files) {
  const std::string path = scratch("other.h5");
  {
    h5::File f = h5::File::create(path);
    f.root().set_attribute("format", std::string("preseason-trace"));
    f.close();
  }
  const std::string e = error_opening(path);
  EXPECT_NE(e.find(path), std::string::npos) << e;
  EXPECT_NE(e.find("not a preseason recording"), std::string::npos) << e;
}

TEST(Recording, RefusesNewerMajorVersion) {
  const std::string path = scratch("v3.h5");
  {
    h5::File f = h5::File::create(path);
    h5::Group root = f.root();
    root.set_attribute("format", std::string("preseason-recording"));
    root.set_attribute("version", std::string("3.0"));
    root.create_group("athletes");
    f.close();
  }
  const std::string e = error_opening(path);
  EXPECT_NE(e.find(path), std::string::npos) << e;
  EXPECT_NE(e.find("3.0 is newer"), std::string::npos) << e;
}

TEST(Recording, AcceptsNewerMinorVersion) {
  const std::string path = scratch("v1_7.h5");
  {
    h5::File f = h5::File::create(path);
    h5::Group root = f.root();
    root.set_attribute("format", std::string("preseason-recording"));
    root.set_attribute("version", std::string("1.7"));
    root.create_group("athletes").create_group("a01");
    f.close();
  }
  EXPECT_EQ(RecordingReader(path).athletes(), std::vector<std::string>{"a01"});
}

TEST(Recording, RefusesStreamsWithMismatchedColumns) {
  const std::string path = scratch("mismatch.h5");
  {
    h5::File f = h5::File::create(path);
    h5::Group root = f.root();
    root.set_attribute("format", std::string("preseason-recording"));
    root.set_attribute("version", std::string("1.0"));
    h5::Group s = root.create_group("athletes").create_group("a01").create_group("streams").create_group("x");
    s.set_attribute("metric", std::string("x"));
    s.set_attribute("unit", std::string("u"));
    s.create_column<std::int64_t>("time").append(std::vector<std::int64_t>{1, 2});
    s.create_column<double>("value").append(std::vector<double>{1});
    f.close();
  }
  const std::string e = error_opening(path);
  EXPECT_NE(e.find(path + ":/athletes/a01/streams/x"), std::string::npos) << e;
}

TEST(Recording, RefusesTruncatedAndRandomFiles) {
  const std::string good = write_sample("whole.h5");
  for (double fraction : {0.9, 0.5, 0.1}) {
    const std::string cut = scratch("cut.h5");
    fs::copy_file(good, cut, fs::copy_options::overwrite_existing);
    fs::resize_file(cut, static_cast<std::uintmax_t>(fs::file_size(good) * fraction));
    const std::string e = error_opening(cut);
    EXPECT_NE(e.find(cut), std::string::npos) << fraction << ": " << e;
  }
  const std::string noise = scratch("noise.h5");
  {
    std::ofstream out(noise, std::ios::binary);
    for (int i = 0; i < 5000; ++i) out.put(static_cast<char>((i * 7919) % 251));
  }
  EXPECT_NE(error_opening(noise).find(noise), std::string::npos);
  EXPECT_NE(error_opening(scratch("missing.h5")).find("missing.h5"), std::string::npos);
}

}  // namespace
}  // namespace preseason
