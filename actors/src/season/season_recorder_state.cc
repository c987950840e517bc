// SeasonRecorder::save and load: the recorder's position in a checkpoint.
#include <boost/serialization/string.hpp>
#include <boost/serialization/vector.hpp>
#include <fmt/format.h>

#include "actors/season/season_recorder.h"

namespace preseason::season {

namespace {

void save_table(boost::archive::binary_oarchive& ar, const EventTable& table) {
  const std::uint64_t columns = table.columns().size();
  ar << columns;
  for (const TableColumn& c : table.columns()) {
    const std::uint32_t type = static_cast<std::uint32_t>(c.values.index());
    ar << c.name << type;
    std::visit([&](const auto& values) { ar << values; }, c.values);
  }
}

template <class T> ColumnValues load_values(boost::archive::binary_iarchive& ar) {
  std::vector<T> values;
  ar >> values;
  return values;
}

void load_table(boost::archive::binary_iarchive& ar, EventTable& table) {
  std::uint64_t columns = 0;
  ar >> columns;
  table.columns().clear();
  for (std::uint64_t i = 0; i < columns; ++i) {
    TableColumn c;
    std::uint32_t type = 0;
    ar >> c.name >> type;
    switch (type) {
      case 0: c.values = load_values<std::int64_t>(ar); break;
      case 1: c.values = load_values<double>(ar); break;
      case 2: c.values = load_values<std::string>(ar); break;
      default: throw std::runtime_error(fmt::format("recording state: column {} has unknown type {}", c.name, type));
    }
    table.columns().push_back(std::move(c));
  }
}

}  // namespace

void SeasonRecorder::save(boost::archive::binary_oarchive& ar) const {
  if (!journaling_) throw std::logic_error("a recorder is saved only with its journal");
  const std::uint64_t athletes = athletes_.size(), writes = journal_.size(), rows = buffered_values_;
  ar << athletes << writes;
  for (const Write& w : journal_) {
    ar << w.athlete << w.target;
    if (w.target < kStreams)
      ar << w.samples.times << w.samples.values << w.samples.uploaded;
    else if (w.target < kRelease)
      save_table(ar, w.rows);
  }
  for (const Athlete& a : athletes_) {
    for (const Buffer& b : a.streams) ar << b.times << b.values << b.uploaded;
    for (const EventTable* table : tables(a)) save_table(ar, *table);
  }
  save_table(ar, calendar_);
  ar << rows;
}

void SeasonRecorder::load(boost::archive::binary_iarchive& ar) {
  std::uint64_t athletes = 0, writes = 0, rows = 0;
  ar >> athletes >> writes;
  if (athletes != athletes_.size())
    throw std::runtime_error(
        fmt::format("the recording has {} athletes, the squad {}", athletes, athletes_.size()));
  for (std::uint64_t i = 0; i < writes; ++i) {
    Write w;
    ar >> w.athlete >> w.target;
    if (w.athlete >= athletes_.size() || w.target > kRelease)
      throw std::runtime_error(fmt::format("recording state: write {} goes to no stream, table or release", i));
    if (w.target < kStreams)
      ar >> w.samples.times >> w.samples.values >> w.samples.uploaded;
    else if (w.target < kRelease)
      load_table(ar, w.rows);
    redo(w);
    if (journaling_) journal_.push_back(std::move(w));
  }
  for (Athlete& a : athletes_) {
    for (Buffer& b : a.streams) ar >> b.times >> b.values >> b.uploaded;
    for (EventTable* table : tables(a)) load_table(ar, *table);
  }
  load_table(ar, calendar_);
  ar >> rows;
  buffered_values_ = rows;
}

}  // namespace preseason::season
