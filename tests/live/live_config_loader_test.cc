#include "live/live_config_loader.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

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
    dir_ = fs::temp_directory_path() / ("preseason-live-config-" + std::to_string(::getpid()));
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
  EXPECT_EQ(error(good_config() + "  tls: {cert: c.pem, key: k.pem}\n").rfind(at(12) + "live.tls: TLS is not built yet", 0), 0u);
}

TEST_F(LiveConfigLoaderTest, SharedTokensAreRefused) {
  std::string twice = good_config();
  twice.replace(twice.find(std::string(64, 'b')), 64, kHash);
  EXPECT_EQ(error(twice), at(9) + "live.principals[1].token_sha256: two principals share one token");
}

}  // namespace
}  // namespace preseason::live
