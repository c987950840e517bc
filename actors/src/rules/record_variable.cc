#include "actors/rules/record_variable.h"

namespace preseason {

std::vector<RecordVariable> RecordVariable::all() {
  std::vector<RecordVariable> vars;
  for (std::size_t f = 0; f < kFeatureCount; ++f) vars.push_back(RecordVariable(false, f));
  for (std::size_t i = 0; i < kInputCount; ++i) vars.push_back(RecordVariable(true, i));
  return vars;
}

std::optional<RecordVariable> RecordVariable::find(std::string_view name) {
  for (const RecordVariable& v : all())
    if (v.name() == name) return v;
  return std::nullopt;
}

std::string_view RecordVariable::name() const {
  return input_ ? input_name(static_cast<Input>(index_)) : feature_name(static_cast<Feature>(index_));
}

double RecordVariable::of(const FeatureRecord& record) const {
  return input_ ? record.inputs[index_] : record.values[index_];
}

std::string record_variable_list() {
  std::string list;
  for (const RecordVariable& v : RecordVariable::all()) {
    if (!list.empty()) list += ", ";
    list += v.name();
  }
  return list;
}

}  // namespace preseason
