#include "live/access_control.h"

#include <gtest/gtest.h>

#include "live_test_config.h"

namespace preseason::live {
namespace {

class AccessControlTest : public ::testing::Test {
 protected:
  const Principal& who(const char* token) {
    const Principal* p = access_.authenticate(std::string("Bearer ") + token);
    EXPECT_NE(p, nullptr) << token;
    return *p;
  }
  static IngestBatch reading_of(const std::string& athlete, const std::string& device) {
    IngestBatch b;
    b.readings.push_back({athlete, device, "ln_rmssd", 0, 4.1, "ln_ms"});
    return b;
  }

  LiveConfig config_ = test_live_config();
  AccessControl access_{config_};
};

TEST_F(AccessControlTest, BearerTokenFindsItsPrincipal) {
  EXPECT_EQ(who("t-physio").name, "physio");
  EXPECT_EQ(who("t-ring").role, Role::kDevice);
  EXPECT_EQ(access_.authenticate("Bearer wrong"), nullptr);
  EXPECT_EQ(access_.authenticate("t-physio"), nullptr);  // no scheme
  EXPECT_EQ(access_.authenticate("Basic t-physio"), nullptr);
  EXPECT_EQ(access_.authenticate("Bearer "), nullptr);
  EXPECT_EQ(access_.authenticate(""), nullptr);
}

TEST_F(AccessControlTest, ScopesFollowRoles) {
  EXPECT_TRUE(AccessControl::has_scope(who("t-ops"), Scope::kMetrics));
  EXPECT_FALSE(AccessControl::has_scope(who("t-coach"), Scope::kMetrics));
  EXPECT_FALSE(AccessControl::has_scope(who("t-ring"), Scope::kReadAthletes));
  EXPECT_FALSE(AccessControl::has_scope(who("t-ops"), Scope::kReadAthletes));
  EXPECT_FALSE(AccessControl::has_scope(who("t-coach"), Scope::kIngestReadings));
  EXPECT_TRUE(AccessControl::has_scope(who("t-a01"), Scope::kIngestSubmissions));
  EXPECT_FALSE(AccessControl::has_scope(who("t-ring"), Scope::kIngestSubmissions));
}

TEST_F(AccessControlTest, DeviceSendsOnlyForItsAthleteAndItself) {
  EXPECT_FALSE(access_.check_ingest(who("t-ring"), reading_of("a01", "ring-a01")));
  const auto other_athlete = access_.check_ingest(who("t-ring"), reading_of("a02", "ring-a02"));
  ASSERT_TRUE(other_athlete);
  EXPECT_EQ(other_athlete->rfind("readings[0].athlete:", 0), 0u) << *other_athlete;
  const auto other_device = access_.check_ingest(who("t-ring"), reading_of("a01", "app-a01"));
  ASSERT_TRUE(other_device);
  EXPECT_EQ(other_device->rfind("readings[0].device:", 0), 0u) << *other_device;
  EXPECT_FALSE(access_.check_ingest(who("t-a01"), reading_of("a01", "app-a01")));
  EXPECT_FALSE(access_.check_ingest(who("t-ops"), reading_of("a02", "ring-a02")));
  EXPECT_TRUE(access_.check_ingest(who("t-coach"), reading_of("a01", "ring-a01")));
}

TEST_F(AccessControlTest, DevicesMayNotSubmitSelfReports) {
  IngestBatch b;
  b.submissions.push_back({"a01", SubmissionKind::kWellness, 0, {{"mood", 4}}, 0, 0});
  EXPECT_TRUE(access_.check_ingest(who("t-ring"), b));
  EXPECT_FALSE(access_.check_ingest(who("t-a01"), b));
  b.submissions[0].athlete = "a02";
  const auto refused = access_.check_ingest(who("t-a01"), b);
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->rfind("submissions[0].athlete:", 0), 0u);
}

TEST_F(AccessControlTest, AthletesReadOnlyThemselves) {
  EXPECT_TRUE(access_.may_read_stream(who("t-a01"), "a01", "ln_rmssd"));
  EXPECT_FALSE(access_.may_read_athlete(who("t-a01"), "a02"));
  EXPECT_FALSE(access_.may_read_stream(who("t-a01"), "a02", "ln_rmssd"));
}

TEST_F(AccessControlTest, StaffReadOnlyConsentedStreams) {
  EXPECT_TRUE(access_.may_read_stream(who("t-physio"), "a01", "ln_rmssd"));
  EXPECT_FALSE(access_.may_read_stream(who("t-board"), "a01", "ln_rmssd"));
  EXPECT_TRUE(access_.may_read_stream(who("t-board"), "a01", "session_rpe"));
  EXPECT_FALSE(access_.may_read_stream(who("t-coach"), "a01", "wellness"));
  EXPECT_FALSE(access_.may_read_stream(who("t-physio"), "a02", "ln_rmssd"));  // a02 consented to nothing
  EXPECT_FALSE(access_.may_read_stream(who("t-ops"), "a01", "session_rpe"));
  EXPECT_FALSE(access_.may_read_stream(who("t-ring"), "a01", "ln_rmssd"));
}

}  // namespace
}  // namespace preseason::live
