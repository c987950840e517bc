#include "sink_thread.h"

namespace preseason {

SinkThread::SinkThread(RecordSink& sink, std::size_t actors)
    : sink_(sink), grouper_(actors), thread_([this] { work(); }) {}

SinkThread::~SinkThread() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  handed_.notify_all();
  thread_.join();
}

void SinkThread::rethrow() {
  if (error_) std::rethrow_exception(error_);
}

void SinkThread::hand(std::vector<std::vector<Record>>& taken) {
  std::unique_lock lock(mutex_);
  written_.wait(lock, [&] { return error_ || waiting_.size() < kDepth; });
  rethrow();
  Step step;
  if (!spare_.empty()) {
    step = std::move(spare_.back());
    spare_.pop_back();
  }
  step.resize(taken.size());
  step.swap(taken);
  waiting_.push_back(std::move(step));
  handed_.notify_one();
}

void SinkThread::drain() {
  std::unique_lock lock(mutex_);
  written_.wait(lock, [&] { return error_ || (waiting_.empty() && !writing_); });
  rethrow();
}

void SinkThread::work() {
  std::unique_lock lock(mutex_);
  for (;;) {
    handed_.wait(lock, [&] { return stopping_ || (!error_ && !waiting_.empty()); });
    if (stopping_) return;
    Step step = std::move(waiting_.front());
    waiting_.pop_front();
    writing_ = true;
    lock.unlock();
    try {
      sink_.write(grouper_.group(step));
      grouper_.release();
    } catch (...) {
      lock.lock();
      error_ = std::current_exception();
      writing_ = false;
      written_.notify_all();
      continue;
    }
    lock.lock();
    spare_.push_back(std::move(step));
    writing_ = false;
    written_.notify_all();
  }
}

}  // namespace preseason
