#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <httplib.h>

#include <chrono>
#include <mutex>
#include <thread>

#include "actors/automation/webhook_client.h"

namespace preseason {
namespace {

using ::testing::HasSubstr;

// A loopback server on a free port, run on its own thread for the test's lifetime.
class Receiver {
 public:
  Receiver() {
    server_.Post("/hook", [this](const httplib::Request& req, httplib::Response& res) {
      std::lock_guard<std::mutex> lock(mutex_);
      body_ = req.body;
      key_ = req.get_header_value("Idempotency-Key");
      content_type_ = req.get_header_value("Content-Type");
      res.status = 204;
    });
    server_.Post("/broken", [](const httplib::Request&, httplib::Response& res) { res.status = 503; });
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    // stop() before the accept loop runs would be lost, leaving join() waiting forever.
    while (!server_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  ~Receiver() {
    server_.stop();
    thread_.join();
  }

  std::string url(const std::string& path) const { return "http://127.0.0.1:" + std::to_string(port_) + path; }
  std::string body() {
    std::lock_guard<std::mutex> lock(mutex_);
    return body_;
  }
  std::string key() {
    std::lock_guard<std::mutex> lock(mutex_);
    return key_;
  }
  std::string content_type() {
    std::lock_guard<std::mutex> lock(mutex_);
    return content_type_;
  }

 private:
  httplib::Server server_;
  int port_ = 0;
  std::thread thread_;
  std::mutex mutex_;
  std::string body_, key_, content_type_;
};

const nlohmann::json kBody = {{"athlete", "a07"}, {"rule", "acwr-spike"}, {"evidence", {{"risk", nullptr}}}};

TEST(AutomationWebhook, PostsJsonWithIdempotencyKey) {
  Receiver receiver;
  const WebhookResult r = WebhookClient().post(receiver.url("/hook"), kBody, "0123abcd");
  EXPECT_TRUE(r.ok) << r.error;
  EXPECT_EQ(r.status, 204);
  EXPECT_EQ(r.error, "");
  EXPECT_EQ(nlohmann::json::parse(receiver.body()), kBody);
  EXPECT_EQ(receiver.key(), "0123abcd");
  EXPECT_EQ(receiver.content_type(), "application/json");
}

TEST(AutomationWebhook, NonSuccessStatusIsAFailure) {
  Receiver receiver;
  const WebhookResult r = WebhookClient().post(receiver.url("/broken"), kBody, "k");
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.status, 503);
  EXPECT_THAT(r.error, HasSubstr("HTTP 503"));
  const WebhookResult missing = WebhookClient().post(receiver.url("/nowhere"), kBody, "k");
  EXPECT_FALSE(missing.ok);
  EXPECT_EQ(missing.status, 404);
}

TEST(AutomationWebhook, UnreachablePortIsAnErrorNotAHang) {
  int port = 0;
  {
    Receiver closed;  // a port that was free a moment ago and is closed now
    port = std::stoi(closed.url("").substr(std::string("http://127.0.0.1:").size()));
  }
  const auto start = std::chrono::steady_clock::now();
  const WebhookResult r =
      WebhookClient(std::chrono::milliseconds(500)).post("http://127.0.0.1:" + std::to_string(port) + "/hook", kBody, "k");
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(3));
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.status, 0);
  EXPECT_THAT(r.error, HasSubstr("POST http://127.0.0.1:"));
}

TEST(AutomationWebhook, RefusesOtherSchemesAndMalformedUrls) {
  const WebhookResult https = WebhookClient().post("https://example.org/hook", kBody, "k");
  EXPECT_FALSE(https.ok);
  EXPECT_THAT(https.error, HasSubstr("only http:// is supported, not https://"));
  EXPECT_THROW(parse_webhook_url("http://"), std::invalid_argument);
  EXPECT_THROW(parse_webhook_url("http://host:0/x"), std::invalid_argument);
  EXPECT_THROW(parse_webhook_url("http://host:99999/x"), std::invalid_argument);
  EXPECT_THROW(parse_webhook_url("http://user@host/x"), std::invalid_argument);
  EXPECT_THROW(parse_webhook_url("http://host/a b"), std::invalid_argument);
  EXPECT_THROW(parse_webhook_url("127.0.0.1:80/x"), std::invalid_argument);
  const WebhookUrl u = parse_webhook_url("http://127.0.0.1:8080/hooks/season?x=1");
  EXPECT_EQ(u.host, "127.0.0.1");
  EXPECT_EQ(u.port, 8080);
  EXPECT_EQ(u.path, "/hooks/season?x=1");
  EXPECT_EQ(parse_webhook_url("http://localhost").path, "/");
  EXPECT_EQ(parse_webhook_url("http://localhost").port, 80);
}

}  // namespace
}  // namespace preseason
