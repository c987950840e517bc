#include "yaml_writer.h"

#include <cmath>

#include "number_text.h"
#include "scenarios/device_kind_names.h"
#include "weekday_names.h"

namespace preseason {

void Writer::text(const char* key, std::string& x, bool) { out_ << YAML::Key << key << YAML::Value << x; }

void Writer::number(const char* key, double& x, const NumberCheck&) {
  out_ << YAML::Key << key << YAML::Value << number_text(x);
}

void Writer::distribution(const char* key, Distribution& x) {
  out_ << YAML::Key << key << YAML::Value;
  if (x.kind == Distribution::Kind::kFixed) {
    out_ << number_text(x.a);
    return;
  }
  const char* kind = x.kind == Distribution::Kind::kNormal ? "normal"
                     : x.kind == Distribution::Kind::kLognormal ? "lognormal"
                                                               : "uniform";
  out_ << YAML::Flow << YAML::BeginMap << YAML::Key << kind << YAML::Value << YAML::Flow << YAML::BeginSeq
       << number_text(x.a) << number_text(x.b) << YAML::EndSeq;
  if (std::isfinite(x.lo)) out_ << YAML::Key << "lo" << YAML::Value << number_text(x.lo);
  if (std::isfinite(x.hi)) out_ << YAML::Key << "hi" << YAML::Value << number_text(x.hi);
  out_ << YAML::EndMap;
}

void Writer::date(const char* key, Day& x) { out_ << YAML::Key << key << YAML::Value << format_date(x); }

void Writer::weekday(const char* key, int& x) { out_ << YAML::Key << key << YAML::Value << weekday_name(x); }

void Writer::device_kinds(const char* key, std::vector<DeviceKind>& x) {
  out_ << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginSeq;
  for (DeviceKind k : x) out_ << device_kind_name(k);
  out_ << YAML::EndSeq;
}

void Writer::number_map(const char* key, std::map<std::string, double>& x, const std::vector<std::string>&,
                        const NumberCheck&) {
  out_ << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginMap;
  for (const auto& [k, v] : x) out_ << YAML::Key << k << YAML::Value << number_text(v);
  out_ << YAML::EndMap;
}

}  // namespace preseason
