#include <gtest/gtest.h>

#include <memory>

#include "data/recording_reader.h"

namespace preseason {
namespace {

std::shared_ptr<const RecordingContents> sample() {
  auto c = std::make_shared<RecordingContents>();
  c->name = "in memory";
  c->attributes = {{"format", "preseason-recording"}, {"creator", "recording_contents_test"}};
  RecordingContents::Athlete& a = c->athletes["a01"];
  a.attributes = {{"position", "goalkeeper"}};
  a.streams["ring.hrv"] = {{"hrv", "ms", "ring", "Oura"}, {kDay, 2 * kDay, 3 * kDay}, {60, 61.5, 59}, {}};
  EventTable& t = a.tables["sessions"];
  t.column<std::int64_t>("time") = {kDay, 2 * kDay};
  t.column<double>("rpe") = {7, 4};
  t.column<std::string>("activity") = {"gym", "run"};
  c->athletes["a02"];
  return c;
}

TEST(RecordingContents, ReadsAsAFileWouldBeRead) {
  const RecordingReader r(sample());
  EXPECT_EQ(r.path(), "in memory");
  EXPECT_EQ(r.attributes().at("creator"), "recording_contents_test");
  EXPECT_EQ(r.athletes(), (std::vector<std::string>{"a01", "a02"}));
  EXPECT_EQ(r.athlete_attributes("a01").at("position"), "goalkeeper");
  ASSERT_EQ(r.streams("a01").size(), 1u);
  EXPECT_EQ(r.streams("a01")[0].samples, 3u);
  EXPECT_EQ(r.read("a01", "ring.hrv").value, (std::vector<double>{60, 61.5, 59}));
  EXPECT_EQ(r.read("a01", "ring.hrv", 1, 5).time, (std::vector<Time>{2 * kDay, 3 * kDay}));
  EXPECT_EQ(r.read_between("a01", "ring.hrv", 2 * kDay, 3 * kDay).value, (std::vector<double>{61.5}));
  EXPECT_TRUE(r.streams("a02").empty());

  // Columns come back in name order, as HDF5 lists them.
  ASSERT_EQ(r.tables("a01").size(), 1u);
  EXPECT_EQ(r.tables("a01")[0].columns, (std::vector<std::string>{"activity", "rpe", "time"}));
  EXPECT_EQ(r.tables("a01")[0].rows, 2u);
  const EventTable t = r.read_table("a01", "sessions");
  EXPECT_EQ(t.columns().front().name, "activity");
  EXPECT_EQ(*t.find<double>("rpe"), (std::vector<double>{7, 4}));
  EXPECT_FALSE(r.has_team_table("calendar"));
}

TEST(RecordingContents, MissingObjectsAreErrors) {
  const RecordingReader r(sample());
  EXPECT_THROW(r.streams("a03"), h5::Error);
  EXPECT_THROW(r.read("a01", "ring.rhr"), h5::Error);
  EXPECT_THROW(r.read_table("a01", "matches"), h5::Error);
  EXPECT_THROW(r.read_team_table("calendar"), h5::Error);
}

}  // namespace
}  // namespace preseason
