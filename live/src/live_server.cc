#include "live/live_server.h"

#include <httplib.h>

#include <stdexcept>

#include "calendar_routes.h"
#include "consent_routes.h"
#include "dashboard_routes.h"
#include "decision_routes.h"
#include "http_reply.h"
#include "live/access_control.h"
#include "live/ingest_validator.h"
#include "live/live_metrics.h"
#include "live/wall_clock.h"
#include "tls_server.h"

namespace preseason::live {

using nlohmann::json;

namespace {

bool valid_idempotency_key(const std::string& key) {
  if (key.empty() || key.size() > 128) return false;
  for (char c : key)
    if (c < 0x21 || c > 0x7e) return false;
  return true;
}

}  // namespace

struct LiveServer::Impl {
  Impl(const LiveConfig& c, IngestLog& l, const std::string& store_dir)
      : config(c), log(l), access(c), consent(store_dir, access), validator(c) {}

  const LiveConfig& config;
  IngestLog& log;
  AccessControl access;
  ConsentLog consent;
  IngestValidator validator;
  LiveMetrics metrics;
  std::unique_ptr<httplib::Server> server = make_http_server(config);
  httplib::Server& http = *server;

  // The caller, or null after answering 401/403 for `scope`.
  const Principal* authorize(const httplib::Request& req, httplib::Response& res, Scope scope) {
    const Principal* who = access.authenticate(req.get_header_value("Authorization"));
    if (!who) {
      refuse(res, 401, "missing or unknown bearer token");
      return nullptr;
    }
    if (!AccessControl::has_scope(*who, scope)) {
      refuse(res, 403, std::string("role ") + role_name(who->role) + " lacks scope " + scope_name(scope));
      return nullptr;
    }
    return who;
  }

  void post_readings(const httplib::Request& req, httplib::Response& res) {
    const auto refused = [&](int status, const std::string& message, std::size_t readings) {
      metrics.batches_refused++;
      metrics.readings_refused += readings;
      refuse(res, status, message);
    };
    const Principal* who = access.authenticate(req.get_header_value("Authorization"));
    if (!who) return refused(401, "missing or unknown bearer token", 0);
    if (!AccessControl::has_scope(*who, Scope::kIngestReadings) && !AccessControl::has_scope(*who, Scope::kIngestSubmissions))
      return refused(403, std::string("role ") + role_name(who->role) + " may not ingest", 0);
    if (req.get_header_value("Content-Type").rfind("application/json", 0) != 0)
      return refused(415, "Content-Type: expected application/json", 0);
    const std::string key = req.get_header_value("Idempotency-Key");
    if (req.has_header("Idempotency-Key") && !valid_idempotency_key(key))
      return refused(400, "Idempotency-Key: expected 1 to 128 printable ASCII characters", 0);
    auto checked = validator.validate(req.body, wall_clock_now());
    if (const auto* problem = std::get_if<IngestProblem>(&checked))
      return refused(problem->status, problem->message, problem->readings);
    const IngestBatch& batch = std::get<IngestBatch>(checked);
    if (const auto why = access.check_ingest(*who, batch)) return refused(403, *why, batch.readings.size());
    AppendOutcome out;
    try {
      out = log.append(who->name, key, batch, wall_clock_now());
    } catch (const std::exception& e) {
      return refused(503, std::string("not stored: ") + e.what(), batch.readings.size());
    }
    if (out.kind == AppendOutcome::kKeyConflict)
      return refused(409, "Idempotency-Key: already used for a different batch (sequence " +
                              std::to_string(out.sequence) + ")", batch.readings.size());
    if (out.kind == AppendOutcome::kReplayed) {
      metrics.batches_replayed++;
      res.set_header("Idempotent-Replayed", "true");
    } else {
      metrics.batches_accepted++;
      metrics.readings_accepted += out.readings;
      metrics.submissions_accepted += out.submissions;
    }
    reply(res, 201, {{"sequence", out.sequence}, {"readings", out.readings}, {"submissions", out.submissions}});
  }

  void get_readings(const httplib::Request& req, httplib::Response& res) {
    const Principal* who = authorize(req, res, Scope::kReadAthletes);
    if (!who) return;
    const std::string athlete = req.matches[1];
    if (!config.athlete(athlete)) return refuse(res, 404, "athlete '" + athlete + "' is not in the squad");
    if (!access.may_read_athlete(*who, athlete))
      return refuse(res, 403, "principal '" + who->name + "' may not read athlete '" + athlete + "'");
    const std::string metric = req.get_param_value("metric");
    if (!metric.empty() && !access.may_read_stream(*who, athlete, metric))
      return refuse(res, 403, "metric: athlete '" + athlete + "' has not consented to share '" + metric + "' with " +
                                  role_name(who->role));
    const auto wanted = [&](const std::string& stream) {
      return (metric.empty() || metric == stream) && access.may_read_stream(*who, athlete, stream);
    };
    json readings = json::array(), submissions = json::array();
    for (const auto& r : log.readings_of(athlete))
      if (wanted(r.reading.metric)) {
        readings.push_back(to_json(r.reading));
        readings.back()["sequence"] = r.sequence;
      }
    for (const auto& s : log.submissions_of(athlete))
      if (wanted(stream_of(s.submission))) {
        submissions.push_back(to_json(s.submission));
        submissions.back()["sequence"] = s.sequence;
      }
    reply(res, 200, {{"athlete", athlete}, {"readings", readings}, {"submissions", submissions}});
  }

  void routes() {
    http.set_payload_max_length(config.limits.max_body_bytes);
    // A response goes out in several writes; with Nagle the last one waits for the
    // client's delayed ACK, adding ~40 ms to every answer on a kept-alive connection.
    http.set_tcp_nodelay(true);
    http.set_read_timeout(10, 0);
    http.set_write_timeout(10, 0);
    http.Get("/v1/health", [](const httplib::Request&, httplib::Response& res) {
      reply(res, 200, {{"status", "ok"}, {"api", "v1"}});
    });
    http.Get("/v1/metrics", [this](const httplib::Request& req, httplib::Response& res) {
      if (authorize(req, res, Scope::kMetrics)) reply(res, 200, metrics.to_json(log.stats()));
    });
    http.Post("/v1/readings", [this](const httplib::Request& req, httplib::Response& res) { post_readings(req, res); });
    http.Get(R"(/v1/athletes/([A-Za-z0-9_.\-]{1,64})/readings)",
             [this](const httplib::Request& req, httplib::Response& res) { get_readings(req, res); });
    http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
      refuse(res, 500, "internal error");
    });
    http.set_error_handler([this](const httplib::Request& req, httplib::Response& res) {
      if (!res.body.empty()) return;
      if (req.path == "/v1/readings") metrics.batches_refused++;
      if (res.status == 404) refuse(res, 404, "no endpoint " + req.method + " " + req.path);
      else if (res.status == 413) refuse(res, 413, "body: larger than the configured limit");
      else refuse(res, res.status, "request refused");
    });
  }
};

LiveServer::LiveServer(const LiveConfig& config, IngestLog& log, const std::string& store_dir,
                       LiveDecisions* decisions)
    : impl_(std::make_unique<Impl>(config, log, store_dir)) {
  impl_->routes();
  add_dashboard_routes(impl_->http);
  add_consent_routes(impl_->http, impl_->consent, impl_->access,
                     [this](const httplib::Request& req, httplib::Response& res, Scope scope) {
                       return impl_->authorize(req, res, scope);
                     });
  if (decisions) {
    const Authorize authorize = [this](const httplib::Request& req, httplib::Response& res, Scope scope) {
      return impl_->authorize(req, res, scope);
    };
    add_decision_routes(impl_->http, *decisions, impl_->access, authorize);
    add_calendar_routes(impl_->http, decisions->calendars(), impl_->access, authorize);
  }
}

LiveServer::~LiveServer() = default;

int LiveServer::bind(const ListenAddress& address) {
  const int port = address.port == 0 ? impl_->http.bind_to_any_port(address.host)
                                     : (impl_->http.bind_to_port(address.host, address.port) ? address.port : -1);
  if (port < 0)
    throw std::runtime_error("cannot listen on " + address.host + ":" + std::to_string(address.port));
  return port;
}

bool LiveServer::run() { return impl_->http.listen_after_bind(); }

void LiveServer::stop() { impl_->http.stop(); }

}  // namespace preseason::live
