#include "yaml_reader.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <stdexcept>

#include "closest_key.h"
#include "number_text.h"
#include "scenarios/device_kind_names.h"
#include "scenarios/scenario_error.h"
#include "weekday_names.h"

namespace preseason {

namespace {

std::string join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : ", ") + w;
  return out;
}

std::string describe_node(const YAML::Node& n) {
  if (!n.IsDefined() || n.IsNull()) return "nothing";
  if (n.IsMap()) return "a map";
  if (n.IsSequence()) return "a list";
  return n.Scalar();
}

std::string suggestion(const std::string& typed, const std::vector<std::string>& known) {
  const std::string best = closest_key(typed, known);
  return best.empty() ? "" : " (did you mean '" + best + "'?)";
}

}  // namespace

Reader::Reader(const Origin& origin, const YAML::Node& node, std::string path, const YAML::Mark& mark)
    : origin_(origin), path_(std::move(path)), mark_(node.Mark().is_null() ? mark : node.Mark()) {
  if (!node.IsDefined() || node.IsNull()) return;
  if (!node.IsMap()) fail(path_, mark_, expected("a map of keys", node));
  for (auto it = node.begin(); it != node.end(); ++it) {
    if (!it->first.IsScalar()) fail(path_, it->first.Mark(), expected("a key", it->first));
    const std::string key = it->first.Scalar();
    for (const Entry& e : entries_) {
      if (e.key == key) {
        fail(child_path(key), it->first.Mark(),
             "key given twice (first on line " + std::to_string(e.key_node.Mark().line + 1) + ")");
      }
    }
    entries_.push_back({key, it->first, it->second});
  }
}

std::string Reader::expected(const std::string& what, const YAML::Node& found) {
  return expected(what, describe_node(found));
}

std::string Reader::expected(const std::string& what, const std::string& found) {
  return "expected " + what + ", found " + found;
}

std::string Reader::child_path(const std::string& key) const { return path_.empty() ? key : path_ + "." + key; }

YAML::Mark Reader::mark_of(const Entry& e) const {
  if (!e.value.Mark().is_null() && e.value.IsDefined() && !e.value.IsNull()) return e.value.Mark();
  return e.key_node.Mark().is_null() ? mark_ : e.key_node.Mark();
}

void Reader::fail(const std::string& path, const YAML::Mark& mark, const std::string& what) const {
  throw ScenarioError(origin_.where(path, mark) + ": " + (path.empty() ? "(top level)" : path) + ": " + what);
}

Reader::Entry* Reader::find(const char* key) {
  bool asked = false;
  for (const std::string& k : known_) asked = asked || k == key;
  if (!asked) known_.push_back(key);
  for (Entry& e : entries_) {
    if (e.key == key) {
      e.used = true;
      return &e;
    }
  }
  return nullptr;
}

void Reader::text(const char* key, std::string& x, bool required) {
  Entry* e = find(key);
  if (!e) {
    if (required) fail(child_path(key), mark_, "missing; expected " + std::string(key) + " to be given");
    return;
  }
  if (!e->value.IsScalar() || (required && e->value.Scalar().empty())) {
    fail(child_path(key), mark_of(*e), expected("a text", e->value));
  }
  x = e->value.Scalar();
}

void Reader::choice(const char* key, std::string& x, const std::vector<std::string>& allowed) {
  std::string value = x;
  text(key, value);
  for (const std::string& a : allowed) {
    if (a == value) {
      x = value;
      return;
    }
  }
  Entry* e = find(key);
  fail(child_path(key), e ? mark_of(*e) : mark_,
       expected("one of " + join(allowed), value.empty() ? "nothing" : value) + suggestion(value, allowed));
}

double Reader::to_number(const YAML::Node& node, const std::string& path, const YAML::Mark& mark,
                         const NumberCheck& check) const {
  if (!node.IsScalar()) fail(path, mark, expected(check.expected, node));
  const std::string& s = node.Scalar();
  char* end = nullptr;
  errno = 0;
  const double v = std::strtod(s.c_str(), &end);
  if (s.empty() || end != s.c_str() + s.size() || errno == ERANGE || !std::isfinite(v)) {
    fail(path, mark, expected(check.expected, s));
  }
  if (!check.ok(v)) fail(path, mark, expected(check.expected, s));
  return v;
}

void Reader::number(const char* key, double& x, const NumberCheck& check) {
  if (Entry* e = find(key)) x = to_number(e->value, child_path(key), mark_of(*e), check);
}

bool Reader::read_integer(const char* key, long long& x, const IntegerCheck& check) {
  Entry* e = find(key);
  if (!e) return false;
  const std::string path = child_path(key);
  const YAML::Mark mark = mark_of(*e);
  if (!e->value.IsScalar()) fail(path, mark, expected(check.expected, e->value));
  const std::string& s = e->value.Scalar();
  std::size_t digits_from = !s.empty() && (s[0] == '-' || s[0] == '+') ? 1 : 0;
  bool digits = s.size() > digits_from;
  for (std::size_t i = digits_from; i < s.size(); ++i) digits = digits && s[i] >= '0' && s[i] <= '9';
  errno = 0;
  const long long v = digits ? std::strtoll(s.c_str(), nullptr, 10) : 0;
  if (!digits || errno == ERANGE || !check.ok(v)) fail(path, mark, expected(check.expected, s));
  x = v;
  return true;
}

void Reader::distribution(const char* key, Distribution& x) {
  Entry* e = find(key);
  if (!e) return;
  const std::string path = child_path(key);
  const char* kShape = "a number, {normal: [mean, sd]}, {lognormal: [median, sigma]} or {uniform: [a, b]}";
  if (e->value.IsScalar()) {
    x = Distribution::fixed(to_number(e->value, path, mark_of(*e), {-kInfinity, kInfinity, false, kShape}));
    return;
  }
  if (!e->value.IsMap()) fail(path, mark_of(*e), expected(kShape, e->value));
  Reader sub(origin_, e->value, path, mark_of(*e));
  Distribution d;
  std::vector<std::string> given;
  for (const char* kind : {"normal", "lognormal", "uniform"}) {
    Entry* k = sub.find(kind);
    if (!k) continue;
    given.push_back(kind);
    const std::string kind_path = path + "." + kind;
    const char* kPair = "a list of two numbers";
    if (!k->value.IsSequence() || k->value.size() != 2) fail(kind_path, sub.mark_of(*k), expected(kPair, k->value));
    const double a = to_number(k->value[0], kind_path, sub.mark_of(*k), {-kInfinity, kInfinity, false, kPair});
    const double b = to_number(k->value[1], kind_path, sub.mark_of(*k), {-kInfinity, kInfinity, false, kPair});
    const std::string pair = "[" + number_text(a) + ", " + number_text(b) + "]";
    if (std::string(kind) == "normal") {
      if (b < 0) fail(kind_path, sub.mark_of(*k), expected("[mean, sd] with sd >= 0", pair));
      d = Distribution::normal(a, b);
    } else if (std::string(kind) == "lognormal") {
      if (a <= 0 || b < 0) fail(kind_path, sub.mark_of(*k), expected("[median, sigma] with median > 0 and sigma >= 0", pair));
      d = Distribution::lognormal(a, b);
    } else {
      if (a > b) fail(kind_path, sub.mark_of(*k), expected("[a, b] with a <= b", pair));
      d = Distribution::uniform(a, b);
    }
  }
  sub.number("lo", d.lo, {-kInfinity, kInfinity, false, "a number (lower bound)"});
  sub.number("hi", d.hi, {-kInfinity, kInfinity, false, "a number (upper bound)"});
  if (given.empty()) {
    sub.finish();
    fail(path, mark_of(*e), expected(kShape, "a map without normal, lognormal or uniform"));
  }
  if (given.size() > 1) fail(path, mark_of(*e), expected("one kind of distribution", join(given)));
  if (d.lo > d.hi) {
    fail(path + ".hi", sub.mark_of(*sub.find("hi")),
         expected("hi >= lo (" + number_text(d.lo) + ")", number_text(d.hi)));
  }
  sub.finish();
  x = d;
}

void Reader::date(const char* key, Day& x) {
  Entry* e = find(key);
  const std::string path = child_path(key);
  if (!e) fail(path, mark_, "missing; expected a date YYYY-MM-DD");
  if (!e->value.IsScalar()) fail(path, mark_of(*e), expected("a date YYYY-MM-DD", e->value));
  try {
    x = parse_date(e->value.Scalar());
  } catch (const std::invalid_argument& err) {
    fail(path, mark_of(*e), expected("a date YYYY-MM-DD", e->value.Scalar()) + " (" + err.what() + ")");
  }
}

void Reader::weekday(const char* key, int& x) {
  Entry* e = find(key);
  if (!e) return;
  const char* kWeekday = "a weekday, monday ... sunday or 0 ... 6 from Monday";
  const auto d = e->value.IsScalar() ? weekday_from_text(e->value.Scalar()) : std::nullopt;
  if (!d) fail(child_path(key), mark_of(*e), expected(kWeekday, e->value));
  x = *d;
}

void Reader::device_kinds(const char* key, std::vector<DeviceKind>& x) {
  Entry* e = find(key);
  if (!e) return;
  const std::string path = child_path(key);
  if (!e->value.IsSequence()) fail(path, mark_of(*e), expected("a list of devices", e->value));
  std::vector<DeviceKind> kinds;
  const std::vector<std::string>& names = device_kind_names();
  for (std::size_t i = 0; i < e->value.size(); ++i) {
    const YAML::Node item = e->value[i];
    const std::string item_path = path + "[" + std::to_string(i) + "]";
    const YAML::Mark mark = item.Mark().is_null() ? mark_of(*e) : item.Mark();
    const auto kind = item.IsScalar() ? device_kind_from_name(item.Scalar()) : std::nullopt;
    if (!kind) {
      const std::string typed = item.IsScalar() ? item.Scalar() : "";
      fail(item_path, mark, expected("a device kind (" + join(names) + ")", item) + suggestion(typed, names));
    }
    for (DeviceKind k : kinds) {
      if (k == *kind) fail(item_path, mark, expected("each device once", item.Scalar() + " twice"));
    }
    kinds.push_back(*kind);
  }
  x = kinds;
}

void Reader::number_map(const char* key, std::map<std::string, double>& x, const std::vector<std::string>& allowed,
                        const NumberCheck& check) {
  group(key, [&](Reader& sub) {
    std::map<std::string, double> values;
    for (const std::string& k : allowed) {
      double v = 0;
      if (Entry* found = sub.find(k.c_str())) {
        v = sub.to_number(found->value, sub.child_path(k), sub.mark_of(*found), check);
        values[k] = v;
      }
    }
    x = values;
  });
}

void Reader::drawn(const char* key, const char* population_key) {
  if (Entry* e = find(key)) {
    fail(child_path(key), e->key_node.Mark(),
         std::string("is drawn per athlete; set squad.population.") + population_key +
             " (or an athlete's overrides) instead");
  }
}

void Reader::require(bool ok, const char* key, const std::string& what) {
  if (ok) return;
  Entry* e = find(key);
  fail(child_path(key), e ? mark_of(*e) : mark_, what);
}

void Reader::need(const char* key, const char* what) {
  if (!find(key)) fail(child_path(key), mark_, std::string("missing; expected ") + what);
}

void Reader::finish() {
  for (const Entry& e : entries_) {
    if (e.used) continue;
    const std::string known = known_.empty() ? "no keys here" : "one of " + join(known_);
    fail(child_path(e.key), e.key_node.Mark(), "unknown key" + suggestion(e.key, known_) + "; expected " + known);
  }
}

}  // namespace preseason
