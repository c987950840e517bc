#include "data/pmdata_import.h"

#include <filesystem>
#include <set>

#include "data/import_error.h"
#include "data/pmdata_sources.h"
#include "data/pseudonym.h"

namespace preseason {

namespace fs = std::filesystem;

namespace {

bool is_participant(const fs::path& dir) {
  return fs::is_directory(dir / "pmsys") || fs::is_directory(dir / "fitbit") || fs::is_directory(dir / "googledocs");
}

std::vector<FileReport> import_participant(const std::string& dir, AthleteData& data) {
  std::vector<FileReport> files = {pmdata::wellness(dir, data), pmdata::srpe(dir, data), pmdata::injury(dir, data),
                                   pmdata::sleep(dir, data), pmdata::sleep_score(dir, data),
                                   pmdata::exercise(dir, data)};
  for (auto& r : pmdata::fitbit_daily(dir, data)) files.push_back(std::move(r));
  files.push_back(pmdata::reporting(dir, data));
  return files;
}

}  // namespace

std::vector<ParticipantReport> import_pmdata(const std::string& dir, RecordingWriter& out) {
  const fs::path root(dir);
  if (!fs::is_directory(root)) throw ImportError(dir, "", "not a directory");
  std::map<std::string, fs::path> folders;
  if (is_participant(root)) {
    fs::path name = fs::absolute(root).lexically_normal();
    if (name.filename().empty()) name = name.parent_path();
    folders[name.filename().string()] = root;
  } else {
    for (const auto& entry : fs::directory_iterator(root))
      if (entry.is_directory() && is_participant(entry.path())) folders[entry.path().filename().string()] = entry.path();
  }
  if (folders.empty()) throw ImportError(dir, "", "no PMData participant folder (with pmsys/, fitbit/ or googledocs/)");
  std::set<std::string> ids;
  for (const auto& [id, path] : folders) ids.insert(id);
  const auto names = pseudonyms(ids);
  std::vector<ParticipantReport> reports;
  for (const auto& [id, path] : folders) {
    AthleteData data;
    ParticipantReport report{id, names.at(id), import_participant(path.string(), data)};
    out.add_athlete(report.athlete_id, {{"cohort", "PMData"}});
    data.write(out, report.athlete_id);
    reports.push_back(std::move(report));
  }
  return reports;
}

}  // namespace preseason
