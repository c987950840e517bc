// Small actors for kernel tests: a scripted sender that logs what it receives.
#pragma once

#include <functional>
#include <vector>

#include "engine/context.h"
#include "engine/simulation.h"

namespace preseason::testing {

struct Send {
  ActorId target;
  Time at;
  EventKind kind;
  std::int32_t priority = 0;
};

// Sends its script at start; on each event logs the key and runs `reaction`.
class ScriptActor final : public StatefulActor<ScriptActor> {
 public:
  using Reaction = std::function<void(const Event&, Context&)>;
  ScriptActor(ActorId id, std::vector<Send> script, Reaction reaction = {})
      : StatefulActor(id), script_(std::move(script)), reaction_(std::move(reaction)) {}
  const char* type() const override { return "script"; }
  void start(Context& ctx) override {
    for (const Send& s : script_) ctx.send(s.target, s.at, s.kind, Payload{}, s.priority);
  }
  void handle(const Event& e, Context& ctx) override {
    log.push_back(e.key);
    kinds.push_back(e.kind);
    if (reaction_) reaction_(e, ctx);
  }
  template <class Ar> void serialize(Ar& ar, unsigned) { ar & count_; }

  std::vector<EventKey> log;
  std::vector<EventKind> kinds;

 private:
  std::vector<Send> script_;
  Reaction reaction_;
  int count_ = 0;
};

}  // namespace preseason::testing
