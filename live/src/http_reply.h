// How every /v1 endpoint answers: JSON bodies, and refusals as
// {"error": {"status", "message"}} (docs/live-api.md).
#pragma once

#include <httplib.h>

#include <nlohmann/json.hpp>
#include <string>


namespace preseason::live {

inline void reply(httplib::Response& res, int status, const nlohmann::json& body) {
  res.status = status;
  // Messages may quote client text cut mid-character; never let that become a 500.
  res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), "application/json");
}

inline void refuse(httplib::Response& res, int status, const std::string& message) {
  if (status == 401) res.set_header("WWW-Authenticate", "Bearer");
  reply(res, status, {{"error", {{"status", status}, {"message", message}}}});
}

}  // namespace preseason::live
