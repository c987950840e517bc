#include "live/ingest_validator.h"

#include <gtest/gtest.h>

#include "live_test_config.h"

namespace preseason::live {
namespace {

class IngestValidatorTest : public ::testing::Test {
 protected:
  std::variant<IngestBatch, IngestProblem> check(const std::string& body) {
    return validator_.validate(body, now_);
  }
  // The problem's message for `body`, which must be refused with `status`.
  std::string refused(const std::string& body, int status = 400) {
    const auto r = check(body);
    const auto* p = std::get_if<IngestProblem>(&r);
    EXPECT_NE(p, nullptr) << body;
    if (!p) return {};
    EXPECT_EQ(p->status, status) << p->message;
    return p->message;
  }
  static std::string reading(const std::string& field, const std::string& value) {
    nlohmann::json r = {{"athlete", "a01"}, {"device", "ring-a01"}, {"metric", "ln_rmssd"},
                        {"measured", "2025-07-01T06:30:00Z"}, {"value", 4.2}, {"unit", "ln_ms"}};
    if (!field.empty()) r[field] = nlohmann::json::parse(value);
    return nlohmann::json({{"readings", {r, r}}}).dump();
  }

  LiveConfig config_ = test_live_config();
  IngestValidator validator_{config_};
  Time now_ = start_of(days_from_civil(2025, 7, 2));
};

TEST_F(IngestValidatorTest, AcceptsReadingsAndSubmissions) {
  const auto r = check(R"({"readings": [{"athlete": "a01", "device": "ring-a01", "metric": "ln_rmssd",
      "measured": "2025-07-01T06:30:00Z", "value": 4.2, "unit": "ln_ms"}],
      "submissions": [{"athlete": "a01", "kind": "wellness", "measured": "2025-07-01T07:00:00Z",
                       "items": {"fatigue": 2, "mood": 5}},
                      {"athlete": "a01", "kind": "session_rpe", "measured": "2025-07-01T12:00:00Z",
                       "rpe": 6.5, "minutes": 75}]})");
  const auto* batch = std::get_if<IngestBatch>(&r);
  ASSERT_NE(batch, nullptr) << std::get<IngestProblem>(r).message;
  ASSERT_EQ(batch->readings.size(), 1u);
  EXPECT_DOUBLE_EQ(batch->readings[0].value, 4.2);
  EXPECT_EQ(batch->readings[0].measured, start_of(days_from_civil(2025, 7, 1)) + 6 * kHour + 30 * kMinute);
  ASSERT_EQ(batch->submissions.size(), 2u);
  EXPECT_EQ(batch->submissions[0].items.at("mood"), 5);
  EXPECT_DOUBLE_EQ(batch->submissions[1].rpe * batch->submissions[1].minutes, 487.5);
  const IngestBatch back = batch_from_json(to_json(*batch));
  EXPECT_EQ(to_json(back), to_json(*batch));
}

TEST_F(IngestValidatorTest, EveryProblemNamesItsField) {
  EXPECT_EQ(refused(reading("value", R"("4.2")")), "readings[0].value: expected a number, found text");
  EXPECT_EQ(refused(reading("value", "null")), "readings[0].value: expected a number, found a null");
  EXPECT_EQ(refused(reading("value", "true")), "readings[0].value: expected a number, found a boolean");
  EXPECT_EQ(refused(reading("athlete", R"("a99")")), "readings[0].athlete: unknown athlete 'a99'");
  EXPECT_EQ(refused(reading("device", R"("ring-a02")")),
            "readings[0].device: 'ring-a02' is not a device of athlete 'a01'");
  EXPECT_EQ(refused(reading("measured", R"("2025-07-01T08:30:00+02:00")")).rfind("readings[0].measured: expected an RFC 3339", 0), 0u);
  EXPECT_EQ(refused(reading("measured", R"("2025-07-03T06:30:00Z")")), "readings[0].measured: more than 10 minutes in the future");
  EXPECT_EQ(refused(reading("unit", R"("")")), "readings[0].unit: expected 1 to 32 characters");
  EXPECT_EQ(refused(reading("metric", R"("ln rmssd")")).rfind("readings[0].metric:", 0), 0u);
  EXPECT_EQ(refused(reading("colour", R"("red")")).rfind("readings[0].colour: unknown field", 0), 0u);
  EXPECT_EQ(refused(R"({"readings": [1]})"), "readings[0]: expected an object, found a number");
  EXPECT_EQ(refused(R"({"readings": {}})"), "readings: expected a list, found an object");
  EXPECT_EQ(refused(R"({"submissions": [{"athlete": "a01", "kind": "wellness", "measured": "2025-07-01T07:00:00Z",
      "items": {"mood": 6}}]})"), "submissions[0].items.mood: expected a whole number from 1 to 5, found 6");
  EXPECT_EQ(refused(R"({"submissions": [{"athlete": "a01", "kind": "wellness", "measured": "2025-07-01T07:00:00Z",
      "items": {"mood": 2.5}}]})"), "submissions[0].items.mood: expected a whole number from 1 to 5, found 2.5");
  EXPECT_EQ(refused(R"({"submissions": [{"athlete": "a01", "kind": "session_rpe", "measured": "2025-07-01T07:00:00Z",
      "rpe": 11, "minutes": 60}]})"), "submissions[0].rpe: expected a number in [0.0, 10.0], found 11.0");
  EXPECT_EQ(refused(R"({"submissions": [{"athlete": "a01", "kind": "yoga"}]})"),
            "submissions[0].kind: expected 'wellness' or 'session_rpe', found 'yoga'");
}

TEST_F(IngestValidatorTest, HostileBodiesAreRefusedNotFatal) {
  EXPECT_EQ(refused(std::string(100000, '[')), "body: nested deeper than 8 levels");
  EXPECT_EQ(refused("{\"readings\": [" + std::string(50, '{')), "body: nested deeper than 8 levels");
  EXPECT_EQ(refused("not json").rfind("body: not valid JSON", 0), 0u);
  EXPECT_EQ(refused(""), "body: not valid JSON (at byte 1)");
  EXPECT_EQ(refused(R"({"readings": [{"value": NaN}]})").rfind("body: not valid JSON", 0), 0u);
  std::string overflow = reading("", "");
  overflow.replace(overflow.find("4.2"), 3, "1e999");
  EXPECT_EQ(refused(overflow), "body: a number is out of range");
  EXPECT_EQ(refused("[]"), "body: expected an object with readings and/or submissions, found an array");
  EXPECT_EQ(refused("{}"), "body: no readings and no submissions");
  EXPECT_EQ(refused(reading("unit", "\"" + std::string(1 << 18, 'x') + "\"")), "readings[0].unit: expected 1 to 32 characters");
  EXPECT_EQ(refused(reading("unit", R"("a\u0000b")")), "readings[0].unit: control characters are not allowed");
  EXPECT_EQ(refused("{\"readings\": [\"\xff\xfe\"]}").rfind("body: not valid JSON", 0), 0u);
}

TEST_F(IngestValidatorTest, LimitsAnswer413) {
  config_.limits.max_batch_items = 1;
  EXPECT_EQ(refused(reading("", ""), 413), "readings: 2 items; at most 1 per batch");
  config_.limits.max_body_bytes = 10;
  EXPECT_EQ(refused(reading("", ""), 413).rfind("body: ", 0), 0u);
}

}  // namespace
}  // namespace preseason::live
