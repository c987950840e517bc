// Keeps STORE/recording.h5 current: the store as an HDF5 recording that `preseason replay`
// and `preseason features` read (the same file `live-export` writes), rewritten on a
// thread of its own whenever asked, so no decision waits for it. Requests that arrive
// while it writes are served together by the next write. A new file replaces the old one
// only when complete, so the store always holds a whole recording.
#pragma once

#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

#include "live/live_config.h"
#include "live/store_export.h"

namespace preseason::live {

class StoreRecording {
 public:
  // Throws WalError when the store has no ingest.wal.
  StoreRecording(const LiveConfig& config, const std::string& store_dir, ExportOptions options);
  // Finishes the write asked for last.
  ~StoreRecording();

  // Asks for the recording to be written again with everything the log holds now.
  void refresh();

  const std::string& path() const { return path_; }

 private:
  void run();

  StoreExport export_;  // used by the writing thread alone
  std::string path_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool asked_ = false;
  bool stopping_ = false;
  std::thread writer_;  // last: starts once everything it uses is there
};

}  // namespace preseason::live
