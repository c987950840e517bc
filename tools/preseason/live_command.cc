#include <fmt/format.h>
#include <pthread.h>
#include <signal.h>

#include <cstdio>
#include <thread>

#include "commands.h"
#include "live/decision_schedule.h"
#include "live/ingest_log.h"
#include "live/listen_address.h"
#include "live/live_config_loader.h"
#include "live/live_predictor.h"
#include "live/live_scenario.h"
#include "live/live_server.h"
#include "live/wall_clock.h"

namespace preseason::cli {

namespace {

struct LiveCommandOptions {
  std::string config;
  std::string listen;
  std::string store;
};

int live_mode(const LiveCommandOptions& o) {
  live::LiveConfig config;
  live::ListenAddress address;
  std::optional<Scenario> scenario;
  try {
    config = live::load_live_config(o.config);
    scenario = live::load_live_scenario(o.config);
    if (scenario) live::check_live_predictor(*scenario);
    address = live::parse_listen_address(o.listen.empty() ? config.listen : o.listen, config.tls.has_value());
  } catch (const std::exception& e) {
    fmt::print(stderr, "error: {}\n", e.what());
    return 2;
  }
  const std::string store = o.store.empty() ? config.store : o.store;
  if (store.empty()) {
    fmt::print(stderr, "error: no store directory: give --store DIR or live.store in {}\n", o.config);
    return 2;
  }
  // Signals are taken by one thread with sigwait, so stopping the server never runs
  // inside an asynchronous signal handler.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  live::IngestLog log(store);
  const live::LogStats stats = log.stats();
  if (!log.recovery().truncation_reason.empty())
    fmt::print("live: cut a torn tail of {} bytes from the log ({})\n", log.recovery().truncated_bytes,
               log.recovery().truncation_reason);
  std::optional<live::LiveDecisions> decisions;
  try {
    if (scenario) decisions.emplace(config, *scenario, store);
  } catch (const live::WalError& e) {
    fmt::print(stderr, "error: {}\n", e.what());
    return 2;
  }
  if (config.decide_at && !decisions) {
    fmt::print(stderr, "error: {}: live.decide_at needs the config to be a scenario (a season section)\n", o.config);
    return 2;
  }
  std::optional<live::LiveServer> server;
  try {
    server.emplace(config, log, store, decisions ? &*decisions : nullptr);
  } catch (const live::WalError& e) {
    fmt::print(stderr, "error: {}\n", e.what());
    return 2;
  }
  const int port = server->bind(address);
  const std::string host = address.host.find(':') == std::string::npos ? address.host : "[" + address.host + "]";
  fmt::print("live: {} batches in {}, last sequence {}\nlive: listening on {}://{}:{}\n", stats.batches, store,
             stats.last_sequence, config.tls ? "https" : "http", host, port);
  std::fflush(stdout);

  std::optional<live::DecisionSchedule> schedule;
  if (config.decide_at)
    schedule.emplace(*config.decide_at, [&](Day day, Time now) {
      try {
        if (decisions->decide(day, "schedule", now)) fmt::print("live: decided {}\n", format_date(day));
      } catch (const std::exception& e) {
        fmt::print("live: did not decide {}: {}\n", format_date(day), e.what());
      }
      std::fflush(stdout);
    }, live::wall_clock_now);

  std::thread waiter([&] {
    int signal = 0;
    sigwait(&stop_signals, &signal);
    server->stop();
  });
  const bool served = server->run();
  pthread_kill(waiter.native_handle(), SIGTERM);
  waiter.join();
  fmt::print("live: stopped\n");
  return served ? 0 : 1;
}

}  // namespace

Command add_live(CLI::App& app) {
  auto o = std::make_shared<LiveCommandOptions>();
  CLI::App* sub = app.add_subcommand("live", "serve the live API: ingest, and day decisions when the config is a scenario (docs/live-api.md)");
  sub->add_option("config", o->config, "YAML file with a `live` section")->required();
  sub->add_option("--listen", o->listen,
                  "HOST:PORT, loopback unless live.tls is set (default: live.listen or 127.0.0.1:8080)");
  sub->add_option("--store", o->store, "the store: write-ahead logs, recording.h5, calendar files (default: live.store)");
  return {sub, [o] { return live_mode(*o); }};
}

}  // namespace preseason::cli
