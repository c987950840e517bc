// Hands every step's records to several sinks in turn (e.g. a recorder and a
// summary); a kind is wanted when any of them wants it.
#pragma once

#include <vector>

#include "engine/record.h"

namespace preseason {

class TeeSink final : public RecordSink {
 public:
  explicit TeeSink(std::vector<RecordSink*> sinks) : sinks_(std::move(sinks)) {}
  void write(const std::vector<Record>& records) override {
    for (RecordSink* s : sinks_) s->write(records);
  }
  bool wants(EventKind kind) const override {
    for (const RecordSink* s : sinks_)
      if (s->wants(kind)) return true;
    return false;
  }

 private:
  std::vector<RecordSink*> sinks_;
};

}  // namespace preseason
