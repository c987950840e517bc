// The /v1 HTTP API over cpp-httplib: health, metrics, reading ingest and reading
// queries, each endpoint checking its scope and every response JSON. Handlers only
// translate HTTP to the plain classes (AccessControl, IngestValidator, IngestLog).
#pragma once

#include <memory>

#include "live/ingest_log.h"
#include "live/listen_address.h"
#include "live/live_decisions.h"
#include "live/live_config.h"

namespace preseason::live {

class LiveServer {
 public:
  // `store_dir` also keeps consent changes (consent.wal). With `decisions` (it must
  // outlive the server) the decision endpoints are served too. Throws WalError for a
  // damaged consent log.
  LiveServer(const LiveConfig& config, IngestLog& log, const std::string& store_dir,
             LiveDecisions* decisions = nullptr);
  ~LiveServer();

  // Binds `address`; returns the port (useful with port 0). Throws std::runtime_error.
  int bind(const ListenAddress& address);
  // Serves until stop(); returns false when serving failed.
  bool run();
  // Thread-safe; in-flight requests finish first.
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace preseason::live
