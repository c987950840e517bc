#include "engine/batch_pool.h"

#include <gtest/gtest.h>

namespace preseason {
namespace {

TEST(BatchPool, HandsBackABatchOnlyOnceNothingElseHoldsIt) {
  BatchPool pool;
  std::shared_ptr<SampleBatch> first = pool.take();
  first->assign(100, Sample{1, 2, 3.0});
  Payload sent;
  sent.batch = std::move(first);

  // Still carried by an event: a second batch, not the first.
  std::shared_ptr<SampleBatch> second = pool.take();
  EXPECT_NE(second.get(), sent.batch.get());
  second->push_back(Sample{4, 5, 6.0});
  const SampleBatch* first_address = sent.batch.get();
  const SampleBatch* second_address = second.get();
  second.reset();

  // The second is free again and comes back empty; the first is still carried.
  std::shared_ptr<SampleBatch> again = pool.take();
  EXPECT_EQ(again.get(), second_address);
  EXPECT_TRUE(again->empty());

  sent = Payload{};
  std::shared_ptr<SampleBatch> reused = pool.take();
  EXPECT_EQ(reused.get(), first_address);
  EXPECT_TRUE(reused->empty());
  EXPECT_GE(reused->capacity(), 100u);
}

}  // namespace
}  // namespace preseason
