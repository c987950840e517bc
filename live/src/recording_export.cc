#include "live/recording_export.h"

#include "data/recording_writer.h"
#include "live/store_export.h"

namespace preseason::live {

void write_recording(const RecordingContents& c, const std::string& out) {
  RecordingWriter writer(out, {c.attributes.at("creator"), c.attributes.at("source")});
  for (const char* name : {"live_last_sequence", "scenario_yaml"})
    if (const auto it = c.attributes.find(name); it != c.attributes.end()) writer.set_attribute(name, it->second);
  for (const auto& [id, a] : c.athletes) {
    writer.add_athlete(id);
    for (const auto& [name, s] : a.streams) writer.append_samples(id, s.info, s.time, s.value, s.uploaded);
    for (const char* table : {"sessions", "plan"})  // the order exports have always been written in
      if (const auto it = a.tables.find(table); it != a.tables.end()) writer.append_rows(id, table, it->second);
  }
  writer.close();
}

LiveExport export_contents(const LiveConfig& config, const std::string& store_dir, const ExportOptions& options) {
  return StoreExport(config, store_dir, options).refresh();
}

ExportSummary export_recording(const LiveConfig& config, const std::string& store_dir, const std::string& out,
                               const ExportOptions& options) {
  const LiveExport exported = export_contents(config, store_dir, options);
  write_recording(*exported.contents, out);
  return exported.summary;
}

}  // namespace preseason::live
