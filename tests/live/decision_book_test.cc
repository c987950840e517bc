#include "live/decision_book.h"

#include <gtest/gtest.h>
#include <cmath>
#include <filesystem>

#include "scratch_dir.h"

namespace preseason::live {
namespace {

namespace fs = std::filesystem;

class DecisionBookTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::scratch_dir() + "book";
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  static DayDecision day(Day d) {
    DayDecision out;
    out.day = d;
    out.through_sequence = 40;
    for (const char* athlete : {"a01", "a02"}) {
      Recommendation r;
      r.athlete = athlete;
      r.day = d;
      r.policy = "acwr_band";
      r.action = "scale_load";
      r.reason = "EWMA ACWR above the band";
      r.planned_minutes = 80;
      r.minutes = 61.5;
      r.planned_rpe = 6;
      r.risk = std::nan("");
      r.features = {{"acwr_ewma", 1.42}, {"hrv7", std::nan("")}};
      out.recommendations.push_back(r);
    }
    return out;
  }

  std::string dir_;
};

TEST_F(DecisionBookTest, RecommendationsAndVerdictsSurviveAReopen) {
  const Day d = parse_date("2025-08-01");
  {
    DecisionBook book(dir_);
    ASSERT_TRUE(book.add_day(day(d), "coach", 1000));
    Verdict v;
    v.id = DecisionBook::id_of(d, "a02");
    v.by = "coach";
    v.at = 2'000'000;
    v.reason = "travel day";
    v.minutes = 30;
    EXPECT_EQ(book.add_verdict(v), DecisionBook::VerdictOutcome::kRecorded);
  }
  DecisionBook book(dir_);
  const std::vector<BookEntry> entries = book.entries(d);
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].id, "2025-08-01.a01");
  EXPECT_FALSE(entries[0].verdict);
  EXPECT_EQ(entries[0].through_sequence, 40u);
  EXPECT_DOUBLE_EQ(entries[0].recommendation.minutes, 61.5);
  EXPECT_DOUBLE_EQ(entries[0].recommendation.features.at("acwr_ewma"), 1.42);
  EXPECT_TRUE(std::isnan(entries[0].recommendation.features.at("hrv7")));
  EXPECT_TRUE(std::isnan(entries[0].recommendation.risk));
  ASSERT_TRUE(entries[1].verdict);
  EXPECT_FALSE(entries[1].verdict->approved);
  EXPECT_EQ(entries[1].verdict->reason, "travel day");
  EXPECT_EQ(entries[1].verdict->minutes, 30.0);
  EXPECT_EQ(entries[1].verdict->at, 2'000'000);
  EXPECT_EQ(book.verdicts().size(), 1u);
}

TEST_F(DecisionBookTest, ADayIsRecordedOnceAndARecommendationGetsOneVerdict) {
  const Day d = parse_date("2025-08-01");
  DecisionBook book(dir_);
  ASSERT_TRUE(book.add_day(day(d), "coach", 1000));
  EXPECT_FALSE(book.add_day(day(d), "coach", 2000));
  EXPECT_TRUE(book.has_day(d));
  EXPECT_FALSE(book.has_day(d + 1));
  Verdict v;
  v.id = DecisionBook::id_of(d, "a01");
  v.approved = true;
  EXPECT_EQ(book.add_verdict(v), DecisionBook::VerdictOutcome::kRecorded);
  EXPECT_EQ(book.add_verdict(v), DecisionBook::VerdictOutcome::kAlreadyDecided);
  v.id = DecisionBook::id_of(d + 1, "a01");
  EXPECT_EQ(book.add_verdict(v), DecisionBook::VerdictOutcome::kUnknown);
  EXPECT_EQ(book.verdicts().size(), 1u);
  EXPECT_EQ(book.entries(std::nullopt).size(), 2u);
}

TEST_F(DecisionBookTest, AnUnreadableRecordIsDamageNamingTheFileAndRecord) {
  {
    WalRecovery recovery;
    WriteAheadLog wal((fs::path(dir_) / "decisions.wal").string(), recovery);
    wal.append(1, R"({"type": "day", "recommendations": [{"athlete": 7}]})");
  }
  try {
    DecisionBook book(dir_);
    FAIL() << "opened a damaged book";
  } catch (const WalError& e) {
    EXPECT_NE(std::string(e.what()).find("decisions.wal: record 1 is unreadable"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace preseason::live
