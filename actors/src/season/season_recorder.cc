#include "actors/season/season_recorder.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <nlohmann/json.hpp>

#include "actors/athlete/session.h"
#include "actors/automation/action_spec.h"
#include "actors/automation/rule_spec.h"
#include "actors/policy/decision.h"
#include "actors/season/calendar_table.h"
#include "actors/season/plan_codec.h"
#include "actors/season/season_kinds.h"

namespace preseason::season {

namespace {

struct TruthStream {
  const char* metric;
  const char* unit;
};
constexpr TruthStream kTruth[] = {
    {"performance", "AU"}, {"relative_fatigue", "ratio"}, {"ln_rmssd", "ln(ms)"}, {"sleep_duration", "h"},
    {"available", "0/1"}, {"injured", "0/1"},
};

// The order of SeasonRecorder::tables().
constexpr const char* kTableNames[] = {"sessions",  "matches",  "injuries",    "illness", "overreaching",
                                       "decisions", "features", "predictions", "actions", "coach"};

StreamInfo stream_info(std::size_t stream) {
  if (stream < kFieldCount) {
    const FieldInfo& f = field_info(static_cast<Field>(stream));
    const char* dot = std::strchr(f.vendor_name, '.');
    const std::string source(f.vendor_name, dot ? static_cast<std::size_t>(dot - f.vendor_name) : 0);
    return StreamInfo{f.canonical, f.unit, source, "simulated " + source};
  }
  const TruthStream& t = kTruth[stream - kFieldCount];
  return StreamInfo{t.metric, t.unit, "truth", "preseason model"};
}

}  // namespace

namespace {

std::map<std::string, Attributes> by_id(const std::vector<RecordedAthlete>& athletes) {
  std::map<std::string, Attributes> out;
  for (const RecordedAthlete& a : athletes) out.emplace(a.id, a.attributes);
  return out;
}

}  // namespace

SeasonRecorder::SeasonRecorder(const std::string& path, const RecordingInfo& info, SeasonLayout layout,
                               const std::vector<RecordedAthlete>& athletes, std::string policy,
                               RecordScope scope, std::size_t buffered_values)
    : writer_(path, info, by_id(athletes)),
      layout_(layout),
      policy_(std::move(policy)),
      scope_(scope),
      parts_(2 * athletes.size()),
      part_limit_(std::max<std::size_t>(1, buffered_values / std::max<std::size_t>(1, parts_.size()))) {
  for (std::size_t i = 0; i < athletes.size(); ++i) parts_[i].id = athletes[i].id;
}

SeasonRecorder::~SeasonRecorder() = default;

bool SeasonRecorder::wants(EventKind kind) const {
  if (kind < kReadingRecord || kind > kCoachRecord) return false;
  if (scope_ == RecordScope::kAll) return true;
  switch (kind) {
    case kReadingRecord:
    case kTruthRecord:
    case kExternalLoadRecord:
    case kFeatureRecord:
    case kPredictionRecord: return false;
    default: return true;
  }
}

void SeasonRecorder::sample(Athlete& a, std::size_t stream, Time t, double v, Time uploaded) {
  a.arrivals.push_back(Arrival{t, v, uploaded, stream});
  a.buffered += 4;
}

void SeasonRecorder::settle(const std::vector<Arrival>& arrivals, std::array<Buffer, kStreams>& streams) {
  std::array<std::size_t, kStreams> counts{};
  for (const Arrival& x : arrivals) ++counts[x.stream];
  for (std::size_t s = 0; s < kStreams; ++s) {
    Buffer& b = streams[s];
    b.times.reserve(b.times.size() + counts[s]);
    b.values.reserve(b.values.size() + counts[s]);
    b.uploaded.reserve(b.uploaded.size() + counts[s]);
  }
  for (const Arrival& x : arrivals) {
    Buffer& b = streams[x.stream];
    b.times.push_back(x.time);
    b.values.push_back(x.value);
    b.uploaded.push_back(x.uploaded);
  }
}

SpillFile& SeasonRecorder::spill_file() {
  if (!spill_) spill_ = std::make_unique<SpillFile>();
  return *spill_;
}

void SeasonRecorder::spill(Athlete& a) {
  const std::string bytes = pack(a);
  {
    std::lock_guard<std::mutex> lock(spill_mutex_);
    a.spilled.push_back(spill_file().append(bytes));
  }
  // The buffers keep their room: the next weeks fill them as far again.
  a.arrivals.clear();
  a.feature_rows.clear();
  for (EventTable* table : tables(a))
    for (TableColumn& c : table->columns()) std::visit([](auto& v) { v.clear(); }, c.values);
  a.buffered = 0;
}

void SeasonRecorder::write_athlete(Athlete& body, Athlete& pipeline) {
  Athlete a;
  a.id = body.id;
  for (Athlete* held : {&body, &pipeline}) {
    for (const SpillFile::Block& block : held->spilled) unpack(spill_->read(block), a);
    absorb(std::move(*held), a);
    *held = Athlete{};
  }
  settle(a.arrivals, a.streams);
  a.arrivals = {};
  writer_.begin_athlete(a.id);
  for (std::size_t s = 0; s < kStreams; ++s) {
    const Buffer& b = a.streams[s];
    if (!b.times.empty()) writer_.add_samples(stream_info(s), b.times, b.values, b.uploaded);
  }
  const auto all = tables(a);
  for (std::size_t t = 0; t < kTables; ++t)
    if (all[t]->rows() > 0) writer_.add_rows(kTableNames[t], *all[t]);
}

void SeasonRecorder::take(Time time, ActorId actor, EventKind kind, const Payload& payload, const std::string* note) {
  if (kind == kPlanRecord) {
    on_plan(payload);
    return;
  }
  if (actor == 0 || actor >= layout_.end()) return;
  Athlete& part = parts_[actor - 1];
  on_record(part, time, kind, payload, note);
  // A session's row is whole only once its external load, the athlete's next record, is in.
  const bool row_open = kind == kSessionRecord && wants(kExternalLoadRecord);
  if (part.buffered >= part_limit_ && !row_open) spill(part);
}

void SeasonRecorder::on_record(Athlete& a, Time time, EventKind kind, const Payload& p, const std::string* note) {
  switch (kind) {
    case kReadingRecord:
      for (const Sample& s : *p.batch) sample(a, s.channel, s.time, s.value, static_cast<Time>(p[0]));
      return;
    case kTruthRecord:
      for (std::size_t i = 0; i < 4; ++i) sample(a, kFieldCount + i, time, p[i], time);
      return;
    case kAvailabilityRecord:
      sample(a, kFieldCount + 4, time, p[0], time);
      sample(a, kFieldCount + 5, time, p[1], time);
      return;
    case kSessionRecord: {
      const auto type = static_cast<SessionType>(static_cast<int>(p[0]));
      a.sessions.column<std::int64_t>("time").push_back(time);
      a.sessions.column<std::int64_t>("end").push_back(time + static_cast<Time>(p[1] * kMinute));
      a.sessions.column<std::string>("activity").push_back(md_label(type));
      a.sessions.column<std::string>("source").push_back("simulation");
      a.sessions.column<double>("minutes").push_back(p[1]);
      a.sessions.column<double>("rpe").push_back(p[2]);
      a.sessions.column<double>("load").push_back(p[3]);
      break;
    }
    case kExternalLoadRecord:
      a.sessions.column<double>("distance_m").push_back(p[0]);
      a.sessions.column<double>("high_speed_m").push_back(p[1]);
      a.sessions.column<double>("sprint_m").push_back(p[2]);
      a.sessions.column<double>("accelerations").push_back(p[3]);
      return;
    case kMatchRecord:
      a.matches.column<std::int64_t>("time").push_back(time);
      a.matches.column<double>("performance").push_back(p[0]);
      a.matches.column<double>("minutes").push_back(p[1]);
      break;
    case kInjuryRecord:
      a.injuries.column<std::int64_t>("time").push_back(time);
      a.injuries.column<std::string>("report_date").push_back(format_date(day_of(time)));
      a.injuries.column<std::string>("exposure").push_back(p[1] != 0 ? "match" : "training");
      a.injuries.column<double>("days_out").push_back(p[0]);
      a.injuries.column<double>("minutes_into_session").push_back(p[2]);
      break;
    case kIllnessRecord:
      a.illness.column<std::int64_t>("time").push_back(time);
      a.illness.column<std::string>("kind").push_back("illness");
      a.illness.column<double>("days_out").push_back(p[0]);
      break;
    case kOverreachingRecord:
      a.overreaching.column<std::int64_t>("time").push_back(time);
      a.overreaching.column<double>("relative_fatigue").push_back(p[0]);
      break;
    case kDecisionRecord:
      a.decisions.column<std::int64_t>("time").push_back(time);
      a.decisions.column<std::string>("policy").push_back(policy_);
      a.decisions.column<std::string>("action").push_back(adjustment_name(static_cast<Adjustment>(static_cast<int>(p[3]))));
      a.decisions.column<double>("planned_minutes").push_back(p[0]);
      a.decisions.column<double>("minutes").push_back(p[1]);
      a.decisions.column<double>("planned_rpe").push_back(p[2]);
      a.decisions.column<std::string>("reason").push_back(note ? *note : std::string());
      break;
    case kFeatureRecord:
      if (!a.feature_rows.fits(*p.batch)) {
        a.feature_rows.append_to(a.features);
        a.feature_rows.clear();
      }
      a.feature_rows.add(time, static_cast<Day>(p[0]), p[1] != 0, *p.batch);
      a.buffered += a.feature_rows.row_values();
      return;
    case kPredictionRecord:
      a.predictions.column<std::int64_t>("time").push_back(time);
      a.predictions.column<std::string>("date").push_back(format_date(static_cast<Day>(p[0])));
      a.predictions.column<double>("risk").push_back(p[1]);
      break;
    case kActionRecord: on_action(a, time, p, *note); break;
    case kCoachRecord: {
      const nlohmann::json verdict = nlohmann::json::parse(*note);
      a.coach.column<std::int64_t>("time").push_back(time);
      a.coach.column<std::string>("subject").push_back(verdict.at("subject").get<std::string>());
      a.coach.column<std::int64_t>("accepted").push_back(p[1] != 0 ? 1 : 0);
      a.coach.column<std::string>("who").push_back(verdict.at("who").get<std::string>());
      a.coach.column<std::string>("what").push_back(verdict.at("what").get<std::string>());
      a.coach.column<std::string>("reason").push_back(verdict.at("reason").get<std::string>());
      break;
    }
    default: return;
  }
  a.buffered += row_table(a, kind)->columns().size();
}

EventTable* SeasonRecorder::row_table(Athlete& a, EventKind kind) {
  switch (kind) {
    case kSessionRecord: return &a.sessions;
    case kMatchRecord: return &a.matches;
    case kInjuryRecord: return &a.injuries;
    case kIllnessRecord: return &a.illness;
    case kOverreachingRecord: return &a.overreaching;
    case kDecisionRecord: return &a.decisions;
    case kFeatureRecord: return &a.features;
    case kPredictionRecord: return &a.predictions;
    case kActionRecord: return &a.actions;
    default: return &a.coach;
  }
}

void SeasonRecorder::on_action(Athlete& a, Time time, const Payload& p, const std::string& note) {
  const nlohmann::json action = nlohmann::json::parse(note);
  a.actions.column<std::int64_t>("time").push_back(time);
  a.actions.column<std::string>("rule").push_back(action.at("rule").get<std::string>());
  a.actions.column<std::string>("kind").push_back(action_kind_name(static_cast<ActionKind>(static_cast<int>(p[0]))));
  a.actions.column<std::string>("approval").push_back(approval_name(static_cast<Approval>(static_cast<int>(p[1]))));
  a.actions.column<std::string>("status").push_back(action_status_name(static_cast<ActionStatus>(static_cast<int>(p[2]))));
  a.actions.column<std::int64_t>("priority").push_back(static_cast<std::int64_t>(p[3]));
  a.actions.column<std::string>("reason").push_back(action.at("reason").get<std::string>());
  a.actions.column<std::string>("idempotency_key").push_back(action.at("idempotency_key").get<std::string>());
  a.actions.column<std::string>("payload").push_back(note);
}

void SeasonRecorder::on_plan(const Payload& p) {
  for (const PlannedDay& d : decode_plan(*p.batch)) append_calendar_row(calendar_, d);
}

void SeasonRecorder::finish(unsigned threads) {
  writer_.set_threads(threads);
  if (calendar_.rows() > 0) writer_.add_team_rows("calendar", calendar_);
  // The squad layout keeps athletes in id order, whatever order the run has them in.
  const std::size_t athletes = parts_.size() / 2;
  std::vector<std::size_t> by_id(athletes);
  for (std::size_t i = 0; i < athletes; ++i) by_id[i] = i;
  std::sort(by_id.begin(), by_id.end(), [&](std::size_t x, std::size_t y) { return parts_[x].id < parts_[y].id; });
  for (std::size_t i : by_id) write_athlete(parts_[i], parts_[athletes + i]);
  writer_.close();
}

}  // namespace preseason::season
