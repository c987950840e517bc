// What an importer did with one source file: rows read, rows imported, and for every
// row or value it left out, why. Printed so a user can trust (or question) an import.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace preseason {

struct FileReport {
  std::string file;  // relative to the participant folder, e.g. "pmsys/wellness.csv"
  bool present = true;
  std::size_t rows = 0;
  std::size_t imported = 0;
  std::map<std::string, std::size_t> skipped;  // rows left out, by reason
  std::map<std::string, std::size_t> notes;    // single values left out or other remarks

  void skip(const std::string& reason) { ++skipped[reason]; }
  void note(const std::string& remark) { ++notes[remark]; }
  // "pmsys/wellness.csv: 138 rows, 136 imported; skipped: 2 exact duplicate; ..."
  std::string summary() const;
};

struct ParticipantReport {
  std::string source_id;   // as named in the source, never written to the recording
  std::string athlete_id;  // the pseudonym it was written under
  std::vector<FileReport> files;
};

}  // namespace preseason
