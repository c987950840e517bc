#include "engine/batch_pool.h"

#include <atomic>

namespace preseason {

std::shared_ptr<SampleBatch> BatchPool::take() {
  for (const auto& b : batches_) {
    if (b.use_count() != 1) continue;
    // The last other holder, perhaps on another shard, let go with a release; this fence
    // makes its reads of the batch happen before the writes that refill it.
    std::atomic_thread_fence(std::memory_order_acquire);
    b->clear();
    return b;
  }
  return batches_.emplace_back(std::make_shared<SampleBatch>());
}

}  // namespace preseason
