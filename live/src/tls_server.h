// HTTPS for live mode: live.tls's certificate chain and key in an OpenSSL context that
// speaks TLS 1.2 or later, checked by the config loader and used by the server.
#pragma once

#include <memory>
#include <string>

#include "live/live_config.h"

namespace httplib {
class Server;
}

namespace preseason::live {

// Empty when OpenSSL accepts the files as a certificate chain and its private key, else why not.
std::string tls_problem(const TlsFiles& files);

// An httplib::SSLServer when config.tls is set, else a plain httplib::Server. Throws
// std::runtime_error when the TLS files cannot be used (changed since the config was loaded).
std::unique_ptr<httplib::Server> make_http_server(const LiveConfig& config);

}  // namespace preseason::live
