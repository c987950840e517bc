// Where the server listens. Beyond loopback only with TLS: health data must not cross a
// network in clear text.
#pragma once

#include <string>

namespace preseason::live {

struct ListenAddress {
  std::string host;  // an IP literal, "localhost" mapped to 127.0.0.1
  int port = 8080;   // 0 picks a free port
};

// "127.0.0.1:8080", "[::1]:8080", "localhost:0", and with `tls` also "0.0.0.0:443" or any
// other IP; throws std::invalid_argument saying what is wrong, including an address that
// is not loopback when `tls` is false.
ListenAddress parse_listen_address(const std::string& text, bool tls = false);

bool is_loopback(const std::string& ip);

}  // namespace preseason::live
