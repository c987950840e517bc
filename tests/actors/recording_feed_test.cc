// Raw streams reach a replay's pipelines as one batch per arrival, whatever the number of
// streams: merge_by_arrival keeps every sample, orders by arrival, and within an arrival
// by stream and then by day.
#include <gtest/gtest.h>

#include "actors/season/recording_feed.h"

namespace preseason::season {
namespace {

Delivery delivery(Time arrival, std::uint32_t channel, std::vector<double> values) {
  auto batch = std::make_shared<SampleBatch>();
  for (double v : values) batch->push_back(Sample{arrival - 60, channel, v});
  return Delivery{arrival, std::move(batch)};
}

std::vector<double> values_of(const Delivery& d) {
  std::vector<double> out;
  for (const Sample& s : *d.samples) out.push_back(s.value);
  return out;
}

TEST(MergeByArrival, OneBatchPerArrivalInStreamOrder) {
  const std::vector<std::vector<Delivery>> streams = {
      {delivery(100, 1, {1, 2}), delivery(300, 1, {3})},
      {delivery(100, 2, {4}), delivery(200, 2, {5}), delivery(300, 2, {6, 7})},
      {delivery(50, 3, {8}), delivery(300, 3, {9})},
  };
  const std::vector<Delivery> merged = merge_by_arrival(streams);
  ASSERT_EQ(merged.size(), 4u);
  EXPECT_EQ(merged[0].arrival, 50);
  EXPECT_EQ(values_of(merged[0]), (std::vector<double>{8}));
  EXPECT_EQ(merged[1].arrival, 100);
  EXPECT_EQ(values_of(merged[1]), (std::vector<double>{1, 2, 4}));
  EXPECT_EQ(merged[2].arrival, 200);
  EXPECT_EQ(merged[3].arrival, 300);
  EXPECT_EQ(values_of(merged[3]), (std::vector<double>{3, 6, 7, 9}));
  EXPECT_EQ(merged[3].samples->at(3).channel, 3u);
  // A delivery that arrives alone is passed on, not copied.
  EXPECT_EQ(merged[2].samples, streams[1][1].samples);
}

TEST(MergeByArrival, ADayArrivingLateSortsByItsArrival) {
  const std::vector<std::vector<Delivery>> streams = {{delivery(500, 1, {1}), delivery(400, 1, {2})}, {}};
  const std::vector<Delivery> merged = merge_by_arrival(streams);
  ASSERT_EQ(merged.size(), 2u);
  EXPECT_EQ(values_of(merged[0]), (std::vector<double>{2}));
  EXPECT_EQ(values_of(merged[1]), (std::vector<double>{1}));
  EXPECT_TRUE(merge_by_arrival({}).empty());
}

}  // namespace
}  // namespace preseason::season
