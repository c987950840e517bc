// SeasonRecorder::save and load: the recorder's position in a checkpoint.
#include <boost/serialization/string.hpp>
#include <boost/serialization/vector.hpp>
#include <iterator>
#include <sstream>
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

template <class T> void append(std::vector<T>& to, std::vector<T>&& from) {
  if (to.empty()) to = std::move(from);
  else to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

void append_table(EventTable& to, EventTable&& from) {
  if (to.columns().empty()) {
    to = std::move(from);
    return;
  }
  if (from.rows() == 0) return;
  if (from.columns().size() != to.columns().size())
    throw std::runtime_error(fmt::format("recording state: a table went from {} columns to {}", to.columns().size(),
                                         from.columns().size()));
  for (std::size_t i = 0; i < to.columns().size(); ++i) {
    TableColumn& c = to.columns()[i];
    TableColumn& more = from.columns()[i];
    if (c.name != more.name || c.values.index() != more.values.index())
      throw std::runtime_error(fmt::format("recording state: column {} became {}", c.name, more.name));
    std::visit([&](auto& v) { append(v, std::move(std::get<std::decay_t<decltype(v)>>(more.values))); }, c.values);
  }
}

}  // namespace

std::string SeasonRecorder::pack(const Athlete& a) {
  // Room for what the part holds, eight bytes a value, so that the stream fills it
  // without regrowing; text and the archive's lengths may still take it a little past.
  std::string room;
  room.reserve(a.buffered * sizeof(double));
  std::ostringstream out(std::move(room));
  {
    boost::archive::binary_oarchive ar(out, boost::archive::no_header);
    // Held as they arrived: spilling is then a copy, and the file is settled once, at the end.
    const std::uint64_t arrivals = a.arrivals.size();
    ar << arrivals;
    ar.save_binary(a.arrivals.data(), arrivals * sizeof(Arrival));
    ar << a.feature_rows;
    for (const EventTable* table : tables(a)) save_table(ar, *table);
  }
  return std::move(out).str();
}

void SeasonRecorder::unpack(std::string bytes, Athlete& into) {
  std::istringstream in(std::move(bytes));
  boost::archive::binary_iarchive ar(in, boost::archive::no_header);
  Athlete more;
  std::uint64_t arrivals = 0;
  ar >> arrivals;
  more.arrivals.resize(arrivals);
  ar.load_binary(more.arrivals.data(), arrivals * sizeof(Arrival));
  ar >> more.feature_rows;
  for (EventTable* table : tables(more)) load_table(ar, *table);
  absorb(std::move(more), into);
}

void SeasonRecorder::absorb(Athlete&& more, Athlete& into) {
  append(into.arrivals, std::move(more.arrivals));
  const auto to = tables(into);
  const auto from = tables(more);
  for (std::size_t t = 0; t < kTables; ++t) append_table(*to[t], std::move(*from[t]));
  // A feature row the recorder held came after every row of its `features` table.
  more.feature_rows.append_to(into.features);
}

void SeasonRecorder::save(boost::archive::binary_oarchive& ar) const {
  const std::uint64_t parts = parts_.size();
  ar << parts;
  for (const Athlete& a : parts_) {
    const std::uint64_t blocks = a.spilled.size() + 1;
    ar << blocks;
    for (const SpillFile::Block& block : a.spilled) ar << spill_->read(block);
    ar << pack(a);
  }
  save_table(ar, calendar_);
}

void SeasonRecorder::load(boost::archive::binary_iarchive& ar) {
  std::uint64_t parts = 0;
  ar >> parts;
  if (parts != parts_.size())
    throw std::runtime_error(
        fmt::format("the recording has {} athletes, the squad {}", parts / 2, parts_.size() / 2));
  for (Athlete& a : parts_) {
    std::uint64_t blocks = 0;
    ar >> blocks;
    for (std::uint64_t i = 0; i < blocks; ++i) {
      std::string bytes;
      ar >> bytes;
      a.spilled.push_back(spill_file().append(bytes));
    }
  }
  load_table(ar, calendar_);
}

}  // namespace preseason::season
