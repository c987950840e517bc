#include <gtest/gtest.h>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <thread>

#include "actors/automation/action_payload.h"
#include "live/calendar_files.h"
#include "live/outbox.h"
#include "live/outbox_courier.h"
#include "live/wall_clock.h"
#include "scratch_dir.h"

namespace preseason::live {
namespace {

namespace fs = std::filesystem;

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

bool eventually(const std::function<bool()>& done) {
  for (int i = 0; i < 200; ++i) {
    if (done()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return done();
}

OutboxItem item(ActionKind kind, const std::string& url) {
  ActionPayload a;
  a.athlete = "a07";
  a.rule = std::string("spike-") + action_kind_name(kind);
  a.day = parse_date("2025-08-14");
  a.action.kind = kind;
  a.reason = "acwr_ewma > 1.3 held for 1 day";
  a.idempotency_key = idempotency_key(a.athlete, a.rule, a.day, 0);
  OutboxItem i;
  i.key = a.idempotency_key;
  i.athlete = a.athlete;
  i.day = a.day;
  i.rule = a.rule;
  i.kind = action_kind_name(kind);
  i.url = url;
  i.payload = a.to_json().dump();
  return i;
}

class OutboxCalendarTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = testing::scratch_dir() + "outbox-calendar";
    fs::remove_all(store_);
    fs::create_directories(store_ + "/calendar");
  }
  void TearDown() override { fs::remove_all(store_); }

  std::string store_;
};

TEST(OutboxDestination, CalendarActionsWithoutAnEndpointGoToTheCalendarFile) {
  EXPECT_EQ(destination(item(ActionKind::kCalendar, "")), Destination::kCalendarFile);
  EXPECT_EQ(destination(item(ActionKind::kCalendar, "http://127.0.0.1:9/cal")), Destination::kPost);
  EXPECT_EQ(destination(item(ActionKind::kPhysio, "")), Destination::kNowhere);
  EXPECT_EQ(destination(item(ActionKind::kPhysio, "http://127.0.0.1:9/physio")), Destination::kPost);
}

TEST_F(OutboxCalendarTest, AFileThatCannotBeReadIsRetriedUntilItCanThenDeliveredOnce) {
  const std::string file = store_ + "/calendar/a07.ics";
  const std::string damaged = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\n";
  {
    std::ofstream out(file, std::ios::binary);
    out << damaged;
  }
  Outbox outbox(store_, RetryPolicy{20 * kMillisecond, 80 * kMillisecond});
  const CalendarFiles calendars(store_ + "/calendar");
  const OutboxItem calendar = item(ActionKind::kCalendar, "");
  ASSERT_EQ(outbox.add({calendar, item(ActionKind::kPhysio, "")}, wall_clock_now()), 2u);
  {
    OutboxCourier courier(outbox, calendars);
    ASSERT_TRUE(eventually([&] { return outbox.items(std::nullopt)[0].attempts >= 3; }));
  }
  std::vector<OutboxItem> items = outbox.items(std::nullopt);
  EXPECT_FALSE(items[0].delivered);
  EXPECT_NE(items[0].last_error.find(file), std::string::npos) << items[0].last_error;
  EXPECT_EQ(slurp(file), damaged);
  EXPECT_EQ(items[1].attempts, 0) << "a physio signal without an endpoint stays queued";

  fs::remove(file);
  {
    OutboxCourier courier(outbox, calendars);
    ASSERT_TRUE(eventually([&] { return outbox.items(std::nullopt)[0].delivered; }));
  }
  items = outbox.items(std::nullopt);
  EXPECT_EQ(items[0].last_error, "");
  const std::string text = slurp(file);
  EXPECT_NE(text.find("UID:" + calendar.key), std::string::npos) << text;
  EXPECT_EQ(text.find("BEGIN:VEVENT"), text.rfind("BEGIN:VEVENT")) << "one event";
}

}  // namespace
}  // namespace preseason::live
