#include <stdexcept>

#include "actors/policy/acwr_band_policy.h"
#include "actors/policy/fixed_policy.h"

namespace preseason {

namespace {

void refuse_unknown(const std::string& policy, const std::map<std::string, double>& params,
                    std::initializer_list<const char*> known) {
  for (const auto& [key, value] : params) {
    bool ok = false;
    for (const char* k : known) ok = ok || key == k;
    if (!ok) throw std::invalid_argument("policy '" + policy + "' has no parameter '" + key + "'");
  }
}

double get(const std::map<std::string, double>& params, const char* key, double fallback) {
  const auto it = params.find(key);
  return it == params.end() ? fallback : it->second;
}

}  // namespace

std::unique_ptr<Policy> make_policy(const std::string& name, const std::map<std::string, double>& params) {
  if (name == "fixed") {
    refuse_unknown(name, params, {});
    return std::make_unique<FixedPolicy>();
  }
  if (name == "acwr_band") {
    refuse_unknown(name, params, {"low", "high", "max_scale"});
    AcwrBandParams p;
    p.low = get(params, "low", p.low);
    p.high = get(params, "high", p.high);
    p.max_scale = get(params, "max_scale", p.max_scale);
    if (!(p.low > 0 && p.low < p.high && p.max_scale >= 1))
      throw std::invalid_argument("policy 'acwr_band' needs 0 < low < high and max_scale >= 1");
    return std::make_unique<AcwrBandPolicy>(p);
  }
  throw std::invalid_argument("unknown policy '" + name + "' (known: fixed, acwr_band)");
}

}  // namespace preseason
