#include "actors/season/feature_rows.h"

#include <gtest/gtest.h>

#include "actors/features/feature_id.h"
#include "actors/season/fused_scores.h"

namespace preseason::season {
namespace {

struct Row {
  Time time;
  Day date;
  bool recomputed;
  SampleBatch batch;
};

// The table as a recorder fills it one record at a time, column by column.
void fill_eagerly(EventTable& table, const Row& r) {
  table.column<std::int64_t>("time").push_back(r.time);
  table.column<std::string>("date").push_back(format_date(r.date));
  table.column<std::int64_t>("recomputed").push_back(r.recomputed ? 1 : 0);
  for (const Sample& s : r.batch) {
    const std::string name = s.channel < kFeatureCount ? std::string(feature_name(static_cast<Feature>(s.channel)))
                                                       : fused_column(s.channel - kFeatureCount);
    table.column<double>(name).push_back(s.value);
  }
}

void fill_by_rows(EventTable& table, FeatureRows& rows, const Row& r) {
  if (!rows.fits(r.batch)) {
    rows.append_to(table);
    rows.clear();
  }
  rows.add(r.time, r.date, r.recomputed, r.batch);
}

void expect_same(const EventTable& a, const EventTable& b) {
  ASSERT_EQ(a.columns().size(), b.columns().size());
  for (std::size_t i = 0; i < a.columns().size(); ++i) {
    EXPECT_EQ(a.columns()[i].name, b.columns()[i].name);
    EXPECT_TRUE(a.columns()[i].values == b.columns()[i].values) << a.columns()[i].name;
  }
}

std::vector<Row> rows(std::size_t n, const std::vector<std::uint32_t>& channels, Time from) {
  std::vector<Row> out;
  for (std::size_t i = 0; i < n; ++i) {
    Row r{from + static_cast<Time>(i) * kDay, 20000 + static_cast<Day>(i), i % 3 == 0, {}};
    for (std::uint32_t c : channels) r.batch.push_back({r.time, c, 0.25 * static_cast<double>(i) - c});
    out.push_back(r);
  }
  return out;
}

TEST(FeatureRows, MakeTheTableTheRecordsWouldFillOneByOne) {
  const std::vector<std::uint32_t> all{0, 3, 7, kFeatureCount, kFeatureCount + 1};
  std::vector<Row> season = rows(40, all, kDay);
  // The same columns in another order: the rows held so far go to the table first.
  std::vector<Row> reordered = rows(10, {kFeatureCount + 1, 7, 0, 3, kFeatureCount}, 50 * kDay);
  season.insert(season.end(), reordered.begin(), reordered.end());

  EventTable eager, by_rows;
  FeatureRows held;
  for (const Row& r : season) {
    fill_eagerly(eager, r);
    fill_by_rows(by_rows, held, r);
  }
  EXPECT_EQ(held.row_values(), 3 + all.size());
  held.append_to(by_rows);
  expect_same(eager, by_rows);
  EXPECT_EQ(by_rows.rows(), season.size());
  ASSERT_EQ(by_rows.columns()[3].name, std::string(feature_name(static_cast<Feature>(0))));
  EXPECT_EQ(std::get<std::vector<double>>(by_rows.columns()[3].values)[45], 0.25 * 5);
}

TEST(FeatureRows, AppendingKeepsTheRowsAndClearingForgetsThem) {
  FeatureRows held;
  EXPECT_TRUE(held.empty());
  for (const Row& r : rows(3, {1, 2}, 0)) held.add(r.time, r.date, r.recomputed, r.batch);
  EventTable first, second;
  held.append_to(first);
  held.append_to(second);
  expect_same(first, second);
  EXPECT_EQ(first.rows(), 3u);
  EXPECT_FALSE(held.fits(rows(1, {2, 1}, 0)[0].batch));
  EXPECT_TRUE(held.fits(rows(1, {1, 2}, 0)[0].batch));
  held.clear();
  EXPECT_TRUE(held.empty());
  EXPECT_TRUE(held.fits(rows(1, {2, 1}, 0)[0].batch));
  EventTable none;
  held.append_to(none);
  EXPECT_TRUE(none.columns().empty());
}

}  // namespace
}  // namespace preseason::season
