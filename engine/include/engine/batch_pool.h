// Sample batches for one sender to fill and send, each taken back for refilling once every
// event and record that carried it is gone: a sender that sends a batch per upload then
// stops allocating after its first few. Belongs to one actor; not thread-safe to share.
#pragma once

#include <memory>
#include <vector>

#include "engine/event.h"

namespace preseason {

class BatchPool {
 public:
  // An empty batch nothing else holds, with the capacity it had when last used.
  std::shared_ptr<SampleBatch> take();

 private:
  std::vector<std::shared_ptr<SampleBatch>> batches_;
};

}  // namespace preseason
