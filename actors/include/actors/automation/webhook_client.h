// Posts an action's JSON to a webhook over plain HTTP (cpp-httplib) with an
// Idempotency-Key header. Never throws for network trouble: the result says what happened.
#pragma once

#include <chrono>
#include <string>

#include <nlohmann/json.hpp>

namespace preseason {

struct WebhookUrl {
  std::string host;
  int port = 80;
  std::string path = "/";
};

// "http://host[:port][/path]"; throws std::invalid_argument saying what is wrong
// (another scheme such as https, no host, a bad port).
WebhookUrl parse_webhook_url(const std::string& url);

struct WebhookResult {
  bool ok = false;    // a 2xx response arrived
  int status = 0;     // the HTTP status, 0 when no response arrived
  std::string error;  // empty when ok, e.g. "HTTP 503" or "connection failed: ..."
};

class WebhookClient {
 public:
  // `timeout` bounds connecting, sending and waiting for the response, each.
  explicit WebhookClient(std::chrono::milliseconds timeout = std::chrono::seconds(5)) : timeout_(timeout) {}

  WebhookResult post(const std::string& url, const nlohmann::json& body, const std::string& idempotency_key) const;

 private:
  std::chrono::milliseconds timeout_;
};

}  // namespace preseason
