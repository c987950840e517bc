#include "live/live_config_loader.h"

#include <gtest/gtest.h>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "scratch_dir.h"

namespace preseason::live {
namespace {

namespace fs = std::filesystem;

const std::string kHash(64, 'a');

std::string good_config(const std::string& principal_extra = "", const std::string& consent = "") {
  return "name: test\n"
         "live:\n"
         "  store: store\n"
         "  squad:\n"
         "    - id: a01\n"
         "      devices: [{id: ring-a01, vendor: ring}]\n"
         "  principals:\n"
         "    - {name: ring-a01, role: device, athlete: a01, device: ring-a01, token_sha256: " + kHash + "}\n"
         "    - {name: physio, role: physio, token_sha256: " + std::string(64, 'b') + principal_extra + "}\n"
         "  consent:\n"
         "    a01: {physio: [ln_rmssd, wellness]" + consent + "}\n";
}

class LiveConfigLoaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(testing::scratch_dir() + "live-config");
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  LiveConfig load(const std::string& text) {
    std::ofstream((dir_ / "live.yaml").string()) << text;
    return load_live_config((dir_ / "live.yaml").string());
  }
  std::string error(const std::string& text) {
    try {
      load(text);
    } catch (const LiveConfigError& e) {
      return e.what();
    }
    ADD_FAILURE() << "loaded: " << text;
    return {};
  }
  std::string at(int line) const { return (dir_ / "live.yaml").string() + ":" + std::to_string(line) + ": "; }

  fs::path dir_;
};

TEST_F(LiveConfigLoaderTest, LoadsSquadPrincipalsAndConsent) {
  const LiveConfig c = load(good_config());
  ASSERT_EQ(c.squad.size(), 1u);
  EXPECT_EQ(c.squad[0].devices[0].vendor, "ring");
  ASSERT_EQ(c.principals.size(), 2u);
  EXPECT_EQ(c.principals[0].role, Role::kDevice);
  EXPECT_EQ(c.principals[0].device, "ring-a01");
  EXPECT_EQ(c.consent.at("a01").at(Role::kPhysio).count("ln_rmssd"), 1u);
  EXPECT_EQ(c.consent.at("a01").count(Role::kManagement), 0u);
  EXPECT_EQ(c.store, (dir_ / "store").string());
  EXPECT_EQ(c.listen, "127.0.0.1:8080");
}

TEST_F(LiveConfigLoaderTest, ErrorsNameFileLineAndKey) {
  EXPECT_EQ(error(good_config(", athlete: a01")),
            at(9) + "live.principals[1].athlete: only device and athlete principals belong to an athlete");
  EXPECT_EQ(error(good_config(", token: hunter2")).rfind(at(9) + "live.principals[1].token: tokens are never stored", 0), 0u);
  EXPECT_EQ(error(good_config("", ", management: [hrv], ceo: [hrv]")),
            at(11) + "live.consent.a01.ceo: expected coach, physio or management, found 'ceo'");
  std::string bad_hash = good_config();
  bad_hash.replace(bad_hash.find(kHash), 64, "ABC");
  EXPECT_EQ(error(bad_hash), at(8) + "live.principals[0].token_sha256: expected 64 lowercase hex digits, found 'ABC'");
  std::string typo = good_config();
  typo.replace(typo.find("consent"), 7, "consnet");
  EXPECT_EQ(error(typo).rfind(at(10) + "live.consnet: unknown key", 0), 0u);
  std::string other = good_config();
  other.replace(other.find("athlete: a01"), 12, "athlete: a09");
  EXPECT_EQ(error(other), at(8) + "live.principals[0].athlete: 'a09' is not in live.squad");
  EXPECT_EQ(error("live: [unclosed\n").rfind((dir_ / "live.yaml").string() + ":", 0), 0u);
  EXPECT_EQ(error("name: x\n"), (dir_ / "live.yaml").string() + ": no `live` section");
}

TEST_F(LiveConfigLoaderTest, TlsFilesAreResolvedAndChecked) {
  const std::string tls = "  tls: {certificate: tls/cert.pem, private_key: tls/key.pem}\n";
  EXPECT_EQ(error(good_config() + "  tls: {cert: c.pem}\n"), at(12) + "live.tls.certificate: required key is missing");
  EXPECT_EQ(error(good_config() + tls),
            at(12) + "live.tls.certificate: cannot read '" + (dir_ / "tls/cert.pem").string() + "'");
  fs::create_directories(dir_ / "tls");
  std::ofstream((dir_ / "tls/cert.pem").string()) << "not a certificate\n";
  std::ofstream((dir_ / "tls/key.pem").string()) << "not a key\n";
  EXPECT_EQ(error(good_config() + tls).rfind(at(12) + "live.tls: certificate '" + (dir_ / "tls/cert.pem").string() +
                                                 "' is not a PEM certificate chain", 0), 0u);
  const std::string make_pair = "openssl req -x509 -newkey rsa:2048 -nodes -subj /CN=localhost -days 1 -keyout " +
                                (dir_ / "tls/key.pem").string() + " -out " + (dir_ / "tls/cert.pem").string() +
                                " 2>/dev/null";
  ASSERT_EQ(std::system(make_pair.c_str()), 0) << "needs the openssl command";
  const LiveConfig c = load(good_config() + tls);
  ASSERT_TRUE(c.tls);
  EXPECT_EQ(c.tls->certificate, (dir_ / "tls/cert.pem").string());
  EXPECT_EQ(c.tls->private_key, (dir_ / "tls/key.pem").string());
  EXPECT_FALSE(load(good_config()).tls);
}

TEST_F(LiveConfigLoaderTest, SharedTokensAreRefused) {
  std::string twice = good_config();
  twice.replace(twice.find(std::string(64, 'b')), 64, kHash);
  EXPECT_EQ(error(twice), at(9) + "live.principals[1].token_sha256: two principals share one token");
}

TEST_F(LiveConfigLoaderTest, DecideAtAndOutboxAreChecked) {
  const std::string base = good_config();
  const LiveConfig c = load(base + "  decide_at: \"07:30\"\n  outbox: {physio: \"http://127.0.0.1:9100/p\", "
                                   "retry_first_ms: 50, retry_longest_ms: 800}\n");
  EXPECT_EQ(c.decide_at, 7 * kHour + 30 * kMinute);
  EXPECT_EQ(c.outbox.endpoints.at("physio"), "http://127.0.0.1:9100/p");
  EXPECT_EQ(c.outbox.retry_first_ms, 50u);
  EXPECT_EQ(c.outbox.retry_longest_ms, 800u);
  EXPECT_EQ(load(base + "  decide_at: \"23:59:30\"\n").decide_at, 23 * kHour + 59 * kMinute + 30 * kSecond);
  EXPECT_FALSE(load(base).decide_at);
  EXPECT_EQ(error(base + "  decide_at: \"7:30\"\n"),
            at(12) + "live.decide_at: expected a UTC time of day HH:MM or HH:MM:SS, found '7:30'");
  EXPECT_EQ(error(base + "  decide_at: \"24:00\"\n"),
            at(12) + "live.decide_at: expected a UTC time of day HH:MM or HH:MM:SS, found '24:00'");
  EXPECT_NE(error(base + "  outbox: {meal: \"https://x/y\"}\n").find("live.outbox.meal"), std::string::npos);
  EXPECT_NE(error(base + "  outbox: {retry_first_ms: 500, retry_longest_ms: 100}\n").find("at least retry_first_ms"),
            std::string::npos);
  EXPECT_NE(error(base + "  outbox: {sms: \"http://x/y\"}\n").find("live.outbox.sms: unknown key"), std::string::npos);
}

}  // namespace
}  // namespace preseason::live
