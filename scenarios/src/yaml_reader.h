// Reads one YAML map of a scenario into structs, one call per field (driven by the
// fields_*.h schema); every problem is a ScenarioError with file, line, key path,
// expected and found. Keys no field asks for are errors, with a suggestion.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "actors/athlete/distribution.h"
#include "data/time.h"
#include "origin.h"
#include "scenarios/scenario.h"
#include "value_checks.h"

namespace preseason {

class Reader {
 public:
  // `node` must be a map (or empty); `path` is its dotted key path, "" at the top.
  Reader(const Origin& origin, const YAML::Node& node, std::string path, const YAML::Mark& mark);

  void text(const char* key, std::string& x, bool required = false);
  void choice(const char* key, std::string& x, const std::vector<std::string>& allowed);
  void number(const char* key, double& x, const NumberCheck& check = kAnyNumber);
  template <class Int> void integer(const char* key, Int& x, const IntegerCheck& check) {
    long long v = static_cast<long long>(x);
    if (read_integer(key, v, check)) x = static_cast<Int>(v);
  }
  void distribution(const char* key, Distribution& x);
  void date(const char* key, Day& x);  // required
  void weekday(const char* key, int& x);
  void device_kinds(const char* key, std::vector<DeviceKind>& x);
  // A map from some of `allowed` to numbers; replaces `x` when present.
  void number_map(const char* key, std::map<std::string, double>& x, const std::vector<std::string>& allowed,
                  const NumberCheck& check);
  // A field the population draws per athlete: setting it here would have no effect.
  void drawn(const char* key, const char* population_key);

  template <class T> void section(const char* key, T& x) {
    group(key, [&x](Reader& sub) { fields(sub, x); });
  }
  template <class F> void group(const char* key, F&& read) {
    if (Entry* e = find(key)) {
      Reader sub(origin_, e->value, child_path(key), mark_of(*e));
      read(sub);
      sub.finish();
    }
  }
  template <class T> void list(const char* key, std::vector<T>& x) {
    Entry* e = find(key);
    if (!e) return;
    x.clear();
    if (e->value.IsNull()) return;
    if (!e->value.IsSequence()) fail(child_path(key), mark_of(*e), expected("a list", e->value));
    for (std::size_t i = 0; i < e->value.size(); ++i) {
      const YAML::Node item = e->value[i];
      // A named item (a rule, a device mix) is also called by its name, which a reader
      // finds faster than an index.
      std::string item_path = child_path(key) + "[" + std::to_string(i) + "]";
      if (item.IsMap() && item["name"] && item["name"].IsScalar()) item_path += " (" + item["name"].Scalar() + ")";
      Reader sub(origin_, item, item_path, item.Mark().is_null() ? mark_of(*e) : item.Mark());
      T value{};
      fields(sub, value);
      sub.finish();
      x.push_back(value);
    }
  }

  // A rule across fields; `what` says what was expected and found. Points at `key`.
  void require(bool ok, const char* key, const std::string& what);
  // A key the file must give; `what` describes it.
  void need(const char* key, const char* what);
  // A key read by another layer (the `live` section): accepted whatever it holds.
  void skip(const char* key) { find(key); }
  // Unknown keys left in this map are errors.
  void finish();

  static std::string expected(const std::string& what, const YAML::Node& found);
  static std::string expected(const std::string& what, const std::string& found);

 private:
  struct Entry {
    std::string key;
    YAML::Node key_node;
    YAML::Node value;
    bool used = false;
  };

  Entry* find(const char* key);
  bool read_integer(const char* key, long long& x, const IntegerCheck& check);
  double to_number(const YAML::Node& node, const std::string& path, const YAML::Mark& mark,
                   const NumberCheck& check) const;
  std::string child_path(const std::string& key) const;
  YAML::Mark mark_of(const Entry& e) const;
  [[noreturn]] void fail(const std::string& path, const YAML::Mark& mark, const std::string& what) const;

  const Origin& origin_;
  std::string path_;
  YAML::Mark mark_;
  std::vector<Entry> entries_;
  std::vector<std::string> known_;
};

}  // namespace preseason
