#include "actors/automation/webhook_client.h"

#include <httplib.h>

#include <cctype>
#include <stdexcept>

namespace preseason {

namespace {

constexpr const char* kScheme = "http://";

bool host_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-'; }

[[noreturn]] void bad(const std::string& url, const std::string& problem) {
  throw std::invalid_argument("webhook URL '" + url + "': " + problem);
}

template <class Duration> std::pair<time_t, time_t> sec_usec(Duration d) {
  const auto us = std::chrono::duration_cast<std::chrono::microseconds>(d).count();
  return {static_cast<time_t>(us / 1000000), static_cast<time_t>(us % 1000000)};
}

}  // namespace

WebhookUrl parse_webhook_url(const std::string& url) {
  const std::string scheme(kScheme);
  if (url.compare(0, scheme.size(), scheme) != 0) {
    const auto colon = url.find("://");
    bad(url, colon == std::string::npos ? "expected http://host[:port]/path"
                                        : "only http:// is supported, not " + url.substr(0, colon + 3));
  }
  for (char c : url)
    if (std::isspace(static_cast<unsigned char>(c)) || std::iscntrl(static_cast<unsigned char>(c)))
      bad(url, "contains a space or control character");
  WebhookUrl out;
  std::size_t i = scheme.size();
  const std::size_t host_start = i;
  while (i < url.size() && host_char(url[i])) ++i;
  out.host = url.substr(host_start, i - host_start);
  if (out.host.empty()) bad(url, "no host");
  if (i < url.size() && url[i] == ':') {
    const std::size_t port_start = ++i;
    while (i < url.size() && std::isdigit(static_cast<unsigned char>(url[i]))) ++i;
    const std::string digits = url.substr(port_start, i - port_start);
    if (digits.empty() || digits.size() > 5 || std::stoi(digits) < 1 || std::stoi(digits) > 65535)
      bad(url, "expected a port in 1-65535 after ':'");
    out.port = std::stoi(digits);
  }
  if (i < url.size()) {
    if (url[i] != '/') bad(url, std::string("unexpected '") + url[i] + "' after the host");
    out.path = url.substr(i);
  }
  return out;
}

WebhookResult WebhookClient::post(const std::string& url, const nlohmann::json& body,
                                  const std::string& idempotency_key) const {
  WebhookResult result;
  WebhookUrl target;
  try {
    target = parse_webhook_url(url);
  } catch (const std::invalid_argument& e) {
    result.error = e.what();
    return result;
  }
  httplib::Client client(target.host, target.port);
  const auto [sec, usec] = sec_usec(timeout_);
  client.set_connection_timeout(sec, usec);
  client.set_read_timeout(sec, usec);
  client.set_write_timeout(sec, usec);
  const httplib::Headers headers = {{"Idempotency-Key", idempotency_key}};
  const httplib::Result response = client.Post(target.path, headers, body.dump(), "application/json");
  if (!response) {
    result.error = "POST " + url + ": " + httplib::to_string(response.error());
    return result;
  }
  result.status = response->status;
  result.ok = response->status >= 200 && response->status < 300;
  if (!result.ok) result.error = "POST " + url + ": HTTP " + std::to_string(response->status);
  return result;
}

}  // namespace preseason
