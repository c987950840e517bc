#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <functional>

#include "data/recording_reader.h"
#include "data/recording_writer.h"
#include "data/squad_recording_writer.h"
#include "scratch_dir.h"

namespace preseason {
namespace {

namespace fs = std::filesystem;

std::string scratch(const std::string& name) {
  const fs::path dir = fs::path(testing::scratch_dir() + "squad_recording");
  fs::create_directories(dir);
  return (dir / name).string();
}

const StreamInfo kHrv{"hrv", "ms", "ring", "Oura"};
const StreamInfo kSteps{"steps", "count", "watch", "Garmin"};

struct AthleteContent {
  std::string id;
  Attributes attributes;
  std::vector<std::pair<StreamInfo, Samples>> streams;
  std::vector<std::pair<std::string, EventTable>> tables;
};

Samples samples(std::size_t n, Time start, double base) {
  Samples s;
  for (std::size_t i = 0; i < n; ++i) {
    s.time.push_back(start + static_cast<Time>(i) * kHour);
    s.value.push_back(base + 0.25 * static_cast<double>(i));
    s.uploaded.push_back(start + static_cast<Time>(i) * kHour + kMinute);
  }
  return s;
}

// Three athletes: one with streams and a table, one with nothing, one whose table has a
// column the first lacks and lacks one the first has. `long_stream` crosses chunk bounds.
std::vector<AthleteContent> squad(std::size_t long_stream) {
  AthleteContent a{"a01", {{"position", "goalkeeper"}}, {}, {}};
  a.streams.push_back({kHrv, samples(5, kDay, 60)});
  a.streams.push_back({kSteps, samples(long_stream, kDay, 1000)});
  EventTable t;
  t.column<std::int64_t>("time") = {kDay, 2 * kDay};
  t.column<double>("rpe") = {7, 4};
  t.column<std::string>("activity") = {"gym", "ünïcode run"};
  a.tables.push_back({"sessions", t});
  AthleteContent b{"a02", {}, {}, {}};
  AthleteContent c{"a03", {{"position", "striker"}}, {}, {}};
  c.streams.push_back({kSteps, samples(long_stream + 3, 2 * kDay, 2000)});
  EventTable u;
  u.column<std::int64_t>("time") = {3 * kDay};
  u.column<double>("rpe") = {9};
  u.column<std::int64_t>("priority") = {3};
  c.tables.push_back({"sessions", u});
  return {a, b, c};
}

void write_athlete_layout(const std::string& path, const std::vector<AthleteContent>& athletes) {
  RecordingWriter w(path, {"test", "unit test"});
  for (const auto& a : athletes) {
    w.add_athlete(a.id, a.attributes);
    for (const auto& [info, s] : a.streams) w.append_samples(a.id, info, s.time, s.value, s.uploaded);
    for (const auto& [name, t] : a.tables) w.append_rows(a.id, name, t);
  }
  w.close();
}

void write_squad_layout(const std::string& path, const std::vector<AthleteContent>& athletes) {
  std::map<std::string, Attributes> ids;
  for (const auto& a : athletes) ids[a.id] = a.attributes;
  SquadRecordingWriter w(path, {"test", "unit test"}, ids);
  for (const auto& a : athletes) {
    if (a.streams.empty() && a.tables.empty()) continue;
    w.begin_athlete(a.id);
    for (const auto& [info, s] : a.streams) w.add_samples(info, s.time, s.value, s.uploaded);
    for (const auto& [name, t] : a.tables) w.add_rows(name, t);
  }
  w.close();
}

template <class T> bool same(const std::vector<T>& x, const std::vector<T>& y) {
  if (x.size() != y.size()) return false;
  for (std::size_t i = 0; i < x.size(); ++i)
    if (!(x[i] == y[i] || (std::isnan(static_cast<double>(x[i])) && std::isnan(static_cast<double>(y[i])))))
      return false;
  return true;
}

TEST(SquadRecording, ReadsBackAsTheAthleteLayoutDoes) {
  const auto athletes = squad(70000);  // two athletes' rows span three 65,536-row chunks
  const std::string v1 = scratch("athlete-layout.h5"), v2 = scratch("squad-layout.h5");
  write_athlete_layout(v1, athletes);
  write_squad_layout(v2, athletes);
  const RecordingReader r1(v1), r2(v2);
  EXPECT_EQ(r1.version().major, 1);
  EXPECT_EQ(r2.version().major, 2);
  ASSERT_EQ(r2.athletes(), r1.athletes());
  for (const auto& id : r1.athletes()) {
    EXPECT_EQ(r2.athlete_attributes(id), r1.athlete_attributes(id));
    const auto s1 = r1.streams(id), s2 = r2.streams(id);
    ASSERT_EQ(s2.size(), s1.size()) << id;
    for (std::size_t i = 0; i < s1.size(); ++i) {
      EXPECT_EQ(s2[i].name, s1[i].name);
      EXPECT_EQ(s2[i].samples, s1[i].samples);
      EXPECT_EQ(s2[i].info.unit, s1[i].info.unit);
      EXPECT_EQ(s2[i].info.vendor, s1[i].info.vendor);
      const Samples x = r1.read(id, s1[i].name), y = r2.read(id, s1[i].name);
      EXPECT_EQ(y.time, x.time);
      EXPECT_EQ(y.value, x.value);
      EXPECT_EQ(y.uploaded, x.uploaded);
      const Samples px = r1.read(id, s1[i].name, 3, 65536), py = r2.read(id, s1[i].name, 3, 65536);
      EXPECT_EQ(py.time, px.time);
      EXPECT_EQ(py.uploaded, px.uploaded);
      const Samples bx = r1.read_between(id, s1[i].name, kDay + 2 * kHour, kDay + 30000 * kHour);
      const Samples by = r2.read_between(id, s1[i].name, kDay + 2 * kHour, kDay + 30000 * kHour);
      EXPECT_EQ(by.time, bx.time);
      EXPECT_EQ(by.value, bx.value);
    }
    const auto t1 = r1.tables(id), t2 = r2.tables(id);
    ASSERT_EQ(t2.size(), t1.size()) << id;
    for (std::size_t i = 0; i < t1.size(); ++i) {
      EXPECT_EQ(t2[i].rows, t1[i].rows);
      const EventTable x = r1.read_table(id, t1[i].name), y = r2.read_table(id, t1[i].name);
      for (const TableColumn& c : x.columns()) {
        const TableColumn* d = nullptr;
        for (const TableColumn& e : y.columns())
          if (e.name == c.name) d = &e;
        ASSERT_NE(d, nullptr) << c.name;
        std::visit(
            [&](const auto& v) {
              using V = std::decay_t<decltype(v)>;
              if constexpr (std::is_same_v<V, std::vector<std::string>>) EXPECT_EQ(std::get<V>(d->values), v);
              else EXPECT_TRUE(same(std::get<V>(d->values), v)) << c.name;
            },
            c.values);
      }
    }
  }
}

struct TextType {
  bool variable = false;
  std::size_t width = 0;
  H5T_str_t pad = H5T_STR_ERROR;
  H5T_cset_t cset = H5T_CSET_ERROR;
};

TextType text_type(const std::string& path, const std::string& dataset) {
  h5::File f = h5::File::open_read(path);
  const hid_t d = H5Dopen2(f.root().id(), dataset.c_str(), H5P_DEFAULT);
  EXPECT_GE(d, 0) << dataset;
  const hid_t t = H5Dget_type(d);
  TextType out{H5Tis_variable_str(t) > 0, H5Tget_size(t), H5Tget_strpad(t), H5Tget_cset(t)};
  H5Tclose(t);
  H5Dclose(d);
  return out;
}

// Text up to 256 bytes is fixed-length, as wide as the column's longest value in bytes;
// a column with a longer value stays variable-length. Both read back as written.
TEST(SquadRecording, StoresShortTextFixedLengthAndLongTextVariableLength) {
  const std::string longest = "ünïcode run";  // 14 bytes
  const std::string wide(300, 'w');
  std::vector<AthleteContent> athletes;
  for (int i = 0; i < 3; ++i) {
    AthleteContent a{"a0" + std::to_string(i + 1), {}, {}, {}};
    EventTable t;
    const std::size_t rows = i == 1 ? 70000 : 3;  // past the first 37,449-row text chunk
    for (std::size_t r = 0; r < rows; ++r) {
      t.column<std::int64_t>("time").push_back(static_cast<Time>(r) * kHour);
      t.column<std::string>("activity").push_back(r % 3 == 0 ? "" : r % 3 == 1 ? "gym" : longest);
      t.column<std::string>("note").push_back(i == 2 && r == 1 ? wide : "ok");
    }
    a.tables.push_back({"sessions", t});
    athletes.push_back(a);
  }
  const std::string path = scratch("text.h5");
  write_squad_layout(path, athletes);
  const TextType activity = text_type(path, "squad/tables/sessions/activity");
  EXPECT_FALSE(activity.variable);
  EXPECT_EQ(activity.width, longest.size());
  EXPECT_EQ(activity.pad, H5T_STR_NULLPAD);
  EXPECT_EQ(activity.cset, H5T_CSET_UTF8);
  EXPECT_TRUE(text_type(path, "squad/tables/sessions/note").variable);
  const RecordingReader r(path);
  for (const AthleteContent& a : athletes) {
    const EventTable back = r.read_table(a.id, "sessions");
    const EventTable& written = a.tables.front().second;
    EXPECT_EQ(*back.find<std::string>("activity"), *written.find<std::string>("activity")) << a.id;
    EXPECT_EQ(*back.find<std::string>("note"), *written.find<std::string>("note")) << a.id;
  }
}

TEST(SquadRecording, ReaderKeepsEachSquadColumnOpenOnceWhateverTheAthletes) {
  const std::string path = scratch("open-columns.h5");
  write_squad_layout(path, squad(10));
  {
    const RecordingReader r(path);
    EXPECT_EQ(H5Fget_obj_count(H5F_OBJ_ALL, H5F_OBJ_DATASET), 0);
    for (int pass = 0; pass < 2; ++pass)
      for (const std::string a : {"a01", "a03"}) {
        EXPECT_FALSE(r.read(a, "watch.steps").time.empty());
        EXPECT_EQ(r.read_table(a, "sessions").columns().size(), 4u);
      }
    // watch.steps' time, value and uploaded, and the four sessions columns: shared by both
    // athletes and both passes, so HDF5's chunk cache serves the second reader of a chunk.
    EXPECT_EQ(H5Fget_obj_count(H5F_OBJ_ALL, H5F_OBJ_DATASET), 7);
  }
  EXPECT_EQ(H5Fget_obj_count(H5F_OBJ_ALL, H5F_OBJ_DATASET), 0);
}

TEST(SquadRecording, FillsAColumnAnAthleteLacksAndListsOnlyWhatItHas) {
  const std::string path = scratch("union.h5");
  write_squad_layout(path, squad(10));
  const RecordingReader r(path);
  EXPECT_TRUE(r.streams("a02").empty());
  EXPECT_TRUE(r.tables("a02").empty());
  const EventTable first = r.read_table("a01", "sessions");
  ASSERT_EQ(first.rows(), 2u);
  const auto* priority = first.find<std::int64_t>("priority");
  ASSERT_NE(priority, nullptr);
  EXPECT_EQ(*priority, (std::vector<std::int64_t>{0, 0}));
  const EventTable third = r.read_table("a03", "sessions");
  const auto* activity = third.find<std::string>("activity");
  ASSERT_NE(activity, nullptr);
  EXPECT_EQ(*activity, (std::vector<std::string>{""}));
  const auto* rpe = third.find<double>("rpe");
  ASSERT_NE(rpe, nullptr);
  EXPECT_EQ(*rpe, (std::vector<double>{9}));
}

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const h5::Error& e) {
    return e.what();
  }
  return "";
}

TEST(SquadRecording, NamesWhatAnAthleteLacks) {
  const std::string path = scratch("lacks.h5");
  write_squad_layout(path, squad(10));
  const RecordingReader r(path);
  const std::string none = error_of([&] { r.read("a02", "ring.hrv"); });
  EXPECT_NE(none.find(path + ":/squad/streams/ring.hrv: no rows of athlete 'a02'"), std::string::npos) << none;
  const std::string unknown = error_of([&] { r.read_table("a09", "sessions"); });
  EXPECT_NE(unknown.find("a09"), std::string::npos) << unknown;
  const std::string missing = error_of([&] { r.read("a01", "ring.spo2"); });
  EXPECT_NE(missing.find(path + ":/squad/streams/ring.spo2: no such group"), std::string::npos) << missing;
}

TEST(SquadRecording, WriterRefusesAthletesOutOfOrderOrTwice) {
  SquadRecordingWriter w(scratch("order.h5"), {"test", "unit test"}, {{"a01", {}}, {"a02", {}}});
  w.begin_athlete("a02");
  EXPECT_THROW(w.begin_athlete("a01"), h5::Error);
  EXPECT_THROW(w.begin_athlete("a02"), h5::Error);
  const Samples s = samples(2, kDay, 1);
  w.add_samples(kHrv, s.time, s.value, s.uploaded);
  EXPECT_THROW(w.add_samples(kHrv, s.time, s.value, s.uploaded), h5::Error);
}

TEST(SquadRecording, RefusesOffsetsThatDoNotCutTheRows) {
  const std::string path = scratch("bad-offsets.h5");
  write_squad_layout(path, squad(10));
  {
    h5::Handle f(H5Fopen(path.c_str(), H5F_ACC_RDWR, H5P_DEFAULT), H5Fclose);
    h5::Group g(h5::Handle(H5Gopen2(f.get(), "squad/streams/ring.hrv", H5P_DEFAULT), H5Gclose), path,
                "/squad/streams/ring.hrv");
    ASSERT_GE(H5Ldelete(g.id(), "offsets", H5P_DEFAULT), 0);
    g.write_array<std::int64_t>("offsets", {0, 5, 3, 5});
  }
  const std::string e = error_of([&] { RecordingReader r(path); });
  EXPECT_NE(e.find(path + ":/squad/streams/ring.hrv/offsets: must rise from 0 to the 5 rows"), std::string::npos) << e;
}

TEST(SquadRecording, RefusesAnAthleteListThatDisagreesWithTheAthleteGroups) {
  const std::string path = scratch("bad-athletes.h5");
  write_squad_layout(path, squad(10));
  {
    h5::Handle f(H5Fopen(path.c_str(), H5F_ACC_RDWR, H5P_DEFAULT), H5Fclose);
    h5::Group g(h5::Handle(H5Gopen2(f.get(), "squad", H5P_DEFAULT), H5Gclose), path, "/squad");
    ASSERT_GE(H5Ldelete(g.id(), "athletes", H5P_DEFAULT), 0);
    g.write_strings("athletes", {"a01", "a03", "a02"});
  }
  const std::string e = error_of([&] { RecordingReader r(path); });
  EXPECT_NE(e.find(path + ":/squad/athletes: does not list the groups under /athletes in name order"), std::string::npos)
      << e;
}

}  // namespace
}  // namespace preseason
