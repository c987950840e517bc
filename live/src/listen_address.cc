#include "live/listen_address.h"

#include <arpa/inet.h>

#include <stdexcept>

namespace preseason::live {

bool is_loopback(const std::string& ip) {
  in_addr v4{};
  if (inet_pton(AF_INET, ip.c_str(), &v4) == 1) return (ntohl(v4.s_addr) >> 24) == 127;
  in6_addr v6{};
  return inet_pton(AF_INET6, ip.c_str(), &v6) == 1 && IN6_IS_ADDR_LOOPBACK(&v6);
}

ListenAddress parse_listen_address(const std::string& text, bool tls) {
  const auto bad = [&](const std::string& why) { return std::invalid_argument("--listen '" + text + "': " + why); };
  std::string host, port;
  if (!text.empty() && text[0] == '[') {
    const auto close = text.find(']');
    if (close == std::string::npos || close + 1 >= text.size() || text[close + 1] != ':')
      throw bad("expected [IPv6]:PORT");
    host = text.substr(1, close - 1);
    port = text.substr(close + 2);
  } else {
    const auto colon = text.rfind(':');
    if (colon == std::string::npos || text.find(':') != colon) throw bad("expected HOST:PORT");
    host = text.substr(0, colon);
    port = text.substr(colon + 1);
  }
  if (port.empty() || port.size() > 5 || port.find_first_not_of("0123456789") != std::string::npos ||
      std::stoi(port) > 65535)
    throw bad("expected a port from 0 to 65535");
  if (host == "localhost") host = "127.0.0.1";
  in_addr v4{};
  in6_addr v6{};
  if (inet_pton(AF_INET, host.c_str(), &v4) != 1 && inet_pton(AF_INET6, host.c_str(), &v6) != 1)
    throw bad("expected an IP address or localhost");
  if (!is_loopback(host) && !tls)
    throw bad("not a loopback address; serving another interface needs TLS: set live.tls "
              "(certificate, private_key) in the config");
  return {host, std::stoi(port)};
}

}  // namespace preseason::live
