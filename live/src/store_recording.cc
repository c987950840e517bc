#include "live/store_recording.h"

#include <filesystem>
#include <iostream>

#include "live/recording_export.h"

namespace preseason::live {

StoreRecording::StoreRecording(const LiveConfig& config, const std::string& store_dir, ExportOptions options)
    : export_(config, store_dir, std::move(options)),
      path_((std::filesystem::path(store_dir) / "recording.h5").string()),
      writer_([this] { run(); }) {}

StoreRecording::~StoreRecording() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_one();
  writer_.join();
}

void StoreRecording::refresh() {
  {
    std::lock_guard lock(mutex_);
    asked_ = true;
  }
  wake_.notify_one();
}

void StoreRecording::run() {
  for (;;) {
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [this] { return asked_ || stopping_; });
      if (!asked_) return;
      asked_ = false;
    }
    try {
      write_recording(*export_.refresh().contents, path_);
    } catch (const std::exception& e) {
      // The previous recording stays; the log, which is what was acknowledged, is intact.
      std::cerr << "preseason live: could not write " << path_ << ": " << e.what() << "\n";
    }
  }
}

}  // namespace preseason::live
