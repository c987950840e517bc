#include "live/calendar_files.h"

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "actors/automation/calendar_action_event.h"
#include "data/atomic_file.h"

namespace preseason::live {

namespace {

const char* const kProdid = "-//preseason//live calendar actions//EN";

// The whole file, or nothing when there is none.
std::optional<std::string> read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (!std::filesystem::exists(path)) return std::nullopt;
    throw std::runtime_error(path + ": cannot read the calendar");
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

std::string CalendarFiles::path(const std::string& athlete) const {
  return (std::filesystem::path(dir_) / (athlete + ".ics")).string();
}

void CalendarFiles::deliver(const std::string& athlete, Day day, const std::string& action_json, Time stamp) const {
  const std::string file = path(athlete);
  IcalEvent event;
  try {
    event = calendar_action_event(nlohmann::json::parse(action_json), day);
  } catch (const std::exception& e) {
    throw std::runtime_error(file + ": " + e.what());
  }
  const std::optional<std::string> existing = read(file);
  IcalCalendar calendar(kProdid);
  if (existing) {
    try {
      calendar = IcalCalendar::parse(*existing);
    } catch (const std::invalid_argument& e) {
      throw std::runtime_error(file + ": not a calendar this server can add to (" + e.what() + "); left as it is");
    }
  }
  calendar.put(event, stamp);
  const std::string body = calendar.text();

  std::error_code ec;
  // A new directory's own entry must be durable too, or a crash could lose every file in it.
  if (std::filesystem::create_directories(dir_, ec))
    sync_directory(std::filesystem::path(dir_).parent_path().string());
  if (ec) throw std::runtime_error(dir_ + ": cannot create the calendar directory: " + ec.message());
  AtomicFile out(file);
  {
    std::ofstream stream(out.temp_path(), std::ios::binary);
    stream << body;
    stream.flush();
    if (!stream) throw std::runtime_error(file + ": cannot write the calendar");
  }
  out.commit_synced();
}

std::string CalendarFiles::text(const std::string& athlete) const {
  if (std::optional<std::string> existing = read(path(athlete))) return *existing;
  return IcalCalendar(kProdid).text();
}

}  // namespace preseason::live
