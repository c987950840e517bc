#include "actors/normalizer/vendor_mapping.h"

#include <yaml-cpp/yaml.h>

#include <cmath>
#include <optional>

#include "actors/features/input_error.h"

namespace preseason {

double FieldSpec::canonical(double raw) const {
  // Mirroring on the valid range turns "1 = best" into "higher is better".
  const double oriented = low_is_best ? lo + hi - raw : raw;
  const double v = oriented * factor + offset;
  return log ? std::log(v) : v;
}

namespace {

[[noreturn]] void bad(const std::string& path, const YAML::Node& at, const std::string& problem) {
  throw InputError(path, static_cast<std::size_t>(at.Mark().line + 1), problem);
}

FieldSpec parse_field(const std::string& path, const std::string& name, const YAML::Node& n,
                      const std::map<std::string, MetricSpec>& metrics) {
  FieldSpec f;
  if (!n.IsMap() || !n["metric"] || !n["valid"]) bad(path, n, name + ": needs 'metric' and 'valid'");
  f.metric = n["metric"].as<std::string>();
  if (!metrics.count(f.metric)) bad(path, n["metric"], name + ": unknown metric '" + f.metric + "'");
  const YAML::Node valid = n["valid"];
  if (!valid.IsSequence() || valid.size() != 2) bad(path, valid, name + ": 'valid' must be [lo, hi]");
  f.lo = valid[0].as<double>();
  f.hi = valid[1].as<double>();
  if (!(f.lo <= f.hi)) bad(path, valid, name + ": 'valid' must have lo <= hi");
  if (n["factor"]) f.factor = n["factor"].as<double>();
  if (n["offset"]) f.offset = n["offset"].as<double>();
  if (n["transform"]) {
    if (n["transform"].as<std::string>() != "ln") bad(path, n["transform"], name + ": transform must be 'ln'");
    f.log = true;
  }
  if (n["best"]) {
    const auto best = n["best"].as<std::string>();
    if (best != "low" && best != "high") bad(path, n["best"], name + ": best must be 'low' or 'high'");
    f.low_is_best = best == "low";
  }
  return f;
}

std::optional<Input> input_named(const std::string& name) {
  for (std::size_t i = 0; i < kInputCount; ++i)
    if (input_name(static_cast<Input>(i)) == name) return static_cast<Input>(i);
  return std::nullopt;
}

using InputRoutes = std::map<std::string, std::map<std::string, InputRoute>>;

// Each vendor's rank in `sources` becomes its priority for that input.
InputRoutes parse_inputs(const std::string& path, const YAML::Node& inputs,
                         const std::map<std::string, MetricSpec>& metrics,
                         const std::map<std::string, std::map<std::string, FieldSpec>>& vendors) {
  InputRoutes routes;
  for (const auto& kv : inputs) {
    const auto name = kv.first.as<std::string>();
    const YAML::Node n = kv.second;
    const std::optional<Input> input = input_named(name);
    if (!input) bad(path, kv.first, "unknown input '" + name + "'");
    if (!n.IsMap() || !n["metric"] || !n["sources"]) bad(path, n, name + ": needs 'metric' and 'sources'");
    const auto metric = n["metric"].as<std::string>();
    if (!metrics.count(metric)) bad(path, n["metric"], name + ": unknown metric '" + metric + "'");
    const YAML::Node sources = n["sources"];
    if (!sources.IsSequence() || sources.size() == 0) bad(path, sources, name + ": 'sources' must list vendors");
    InputRoute route;
    route.input = *input;
    route.summed = n["sum"] && n["sum"].as<bool>();
    for (const auto& source : sources) {
      const auto vendor = source.as<std::string>();
      if (!vendors.count(vendor)) bad(path, source, name + ": unknown vendor '" + vendor + "'");
      if (!routes[vendor].emplace(metric, route).second)
        bad(path, source, name + ": " + vendor + "'s " + metric + " already feeds an input");
      ++route.priority;
    }
  }
  return routes;
}

}  // namespace

VendorMapping VendorMapping::load(const std::string& path) {
  YAML::Node root;
  try {
    root = YAML::LoadFile(path);
  } catch (const YAML::BadFile&) {
    throw InputError(path, 0, "cannot open");
  } catch (const YAML::Exception& e) {
    throw InputError(path, static_cast<std::size_t>(e.mark.line + 1), e.msg);
  }
  VendorMapping m;
  try {
    if (!root["metrics"] || !root["vendors"]) bad(path, root, "needs 'metrics' and 'vendors'");
    for (const auto& kv : root["metrics"]) {
      MetricSpec s;
      s.unit = kv.second["unit"].as<std::string>();
      if (kv.second["fuse"]) s.fuse = kv.second["fuse"].as<std::string>();
      m.metrics_[kv.first.as<std::string>()] = s;
    }
    for (const auto& vendor : root["vendors"]) {
      const auto vname = vendor.first.as<std::string>();
      if (!vendor.second["fields"]) bad(path, vendor.second, vname + ": needs 'fields'");
      for (const auto& field : vendor.second["fields"]) {
        const auto fname = field.first.as<std::string>();
        m.vendors_[vname][fname] = parse_field(path, vname + "." + fname, field.second, m.metrics_);
      }
    }
    if (root["inputs"]) m.inputs_ = parse_inputs(path, root["inputs"], m.metrics_, m.vendors_);
  } catch (const YAML::Exception& e) {
    throw InputError(path, static_cast<std::size_t>(e.mark.line + 1), e.msg);
  }
  return m;
}

const FieldSpec* VendorMapping::field(const std::string& vendor, const std::string& field) const {
  const auto v = vendors_.find(vendor);
  if (v == vendors_.end()) return nullptr;
  const auto f = v->second.find(field);
  return f == v->second.end() ? nullptr : &f->second;
}

const MetricSpec* VendorMapping::metric(const std::string& name) const {
  const auto it = metrics_.find(name);
  return it == metrics_.end() ? nullptr : &it->second;
}

const InputRoute* VendorMapping::input(const std::string& vendor, const std::string& metric) const {
  const auto v = inputs_.find(vendor);
  if (v == inputs_.end()) return nullptr;
  const auto r = v->second.find(metric);
  return r == v->second.end() ? nullptr : &r->second;
}

}  // namespace preseason
