// A small live config shared by the live layer's tests: two athletes, one principal
// per role, and consent that shares HRV with the physio but not with management.
#pragma once

#include "live/live_config.h"
#include "live/token_hash.h"

namespace preseason::live {

inline LiveConfig test_live_config() {
  LiveConfig c;
  c.squad = {{"a01", {{"ring-a01", "ring"}, {"app-a01", "app"}}}, {"a02", {{"ring-a02", "ring"}}}};
  c.principals = {
      {"ring-a01", Role::kDevice, sha256_hex("t-ring"), "a01", "ring-a01"},
      {"a01", Role::kAthlete, sha256_hex("t-a01"), "a01", ""},
      {"coach", Role::kCoach, sha256_hex("t-coach"), "", ""},
      {"physio", Role::kPhysio, sha256_hex("t-physio"), "", ""},
      {"board", Role::kManagement, sha256_hex("t-board"), "", ""},
      {"ops", Role::kAdmin, sha256_hex("t-ops"), "", ""},
  };
  c.consent["a01"][Role::kPhysio] = {"ln_rmssd", "wellness"};
  c.consent["a01"][Role::kCoach] = {"session_rpe"};
  c.consent["a01"][Role::kManagement] = {"session_rpe"};
  return c;
}

}  // namespace preseason::live
