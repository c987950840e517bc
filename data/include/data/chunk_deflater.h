// Stores whole chunks of shuffled, deflated 1-D datasets with H5Dwrite_chunk, doing the
// shuffle and deflate on worker threads: the shuffle byte for byte as HDF5's filter does it,
// the deflate as a zlib stream HDF5's filter inflates.
// Chunks are stored in the order they were added, and each store happens at a point that
// depends only on how many chunks were added, so the file's bytes do not depend on the
// number of threads. Throws h5::Error, naming the dataset, when a chunk cannot be stored.
#pragma once

#include <hdf5.h>

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace preseason::h5 {

class ChunkDeflater {
 public:
  // At most this many chunks wait to be stored; adding one more stores the oldest. The
  // writer fills chunks in bursts, between reading athletes back; with room for 8 the
  // workers sat idle in between (a recorded 2,500-athlete season took 6.2-6.4 s against
  // 5.95-6.1 s with 64, for 40-70 MB more).
  static constexpr std::size_t kDepth = 64;

  // `threads` workers deflate ahead of the stores; with none, each store deflates its chunk.
  explicit ChunkDeflater(unsigned threads = 0);
  ~ChunkDeflater();
  ChunkDeflater(const ChunkDeflater&) = delete;
  ChunkDeflater& operator=(const ChunkDeflater&) = delete;

  // The chunk of `dataset` that starts at element `offset`: `bytes` holds its elements,
  // each `element_size` bytes, laid out as the dataset's file type. The dataset's extent
  // must already cover it; the dataset is kept open until the chunk is stored.
  void add(hid_t dataset, hsize_t offset, std::vector<unsigned char> bytes, std::size_t element_size,
           const std::string& where);
  // Stores every chunk added so far.
  void flush();
  // Replaces the workers; chunks waiting stay queued.
  void set_threads(unsigned threads);

 private:
  struct Chunk;

  void stop_workers();
  void work();
  // Deflates a chunk no worker has taken, or waits for the worker that has.
  void settle(Chunk& c, std::unique_lock<std::mutex>& lock);
  void store_oldest();

  std::mutex mutex_;
  std::condition_variable queued_, done_;
  std::deque<std::unique_ptr<Chunk>> chunks_;  // oldest first
  bool stopping_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace preseason::h5
