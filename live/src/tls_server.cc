#include "tls_server.h"

#include <httplib.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

#include <stdexcept>

namespace preseason::live {

namespace {

std::string openssl_reason() {
  const unsigned long code = ERR_get_error();
  ERR_clear_error();
  if (code == 0) return "rejected by OpenSSL";
  char text[256];
  ERR_error_string_n(code, text, sizeof text);
  return text;
}

std::string configure(SSL_CTX& ctx, const TlsFiles& files) {
  ERR_clear_error();
  if (SSL_CTX_set_min_proto_version(&ctx, TLS1_2_VERSION) != 1) return "cannot require TLS 1.2: " + openssl_reason();
  if (SSL_CTX_use_certificate_chain_file(&ctx, files.certificate.c_str()) != 1)
    return "certificate '" + files.certificate + "' is not a PEM certificate chain: " + openssl_reason();
  if (SSL_CTX_use_PrivateKey_file(&ctx, files.private_key.c_str(), SSL_FILETYPE_PEM) != 1)
    return "private_key '" + files.private_key + "' is not the unencrypted PEM key of certificate '" +
           files.certificate + "': " + openssl_reason();
  if (SSL_CTX_check_private_key(&ctx) != 1)
    return "private_key '" + files.private_key + "' does not belong to certificate '" + files.certificate + "'";
  return "";
}

}  // namespace

std::string tls_problem(const TlsFiles& files) {
  const std::unique_ptr<SSL_CTX, decltype(&SSL_CTX_free)> ctx(SSL_CTX_new(TLS_server_method()), SSL_CTX_free);
  if (!ctx) return "cannot create a TLS context: " + openssl_reason();
  return configure(*ctx, files);
}

std::unique_ptr<httplib::Server> make_http_server(const LiveConfig& config) {
  if (!config.tls) return std::make_unique<httplib::Server>();
  std::string problem;
  auto server = std::make_unique<httplib::SSLServer>([&](SSL_CTX& ctx) {
    problem = configure(ctx, *config.tls);
    return problem.empty();
  });
  if (!server->is_valid()) throw std::runtime_error("live.tls: " + (problem.empty() ? openssl_reason() : problem));
  return server;
}

}  // namespace preseason::live
