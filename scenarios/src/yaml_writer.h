// Writes a scenario's structs as canonical YAML, driven by the same fields_*.h
// schema as Reader, so the text has exactly the keys the reader accepts, in
// schema order, with every default spelled out.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "actors/athlete/distribution.h"
#include "data/time.h"
#include "scenarios/scenario.h"
#include "value_checks.h"

namespace preseason {

class Writer {
 public:
  explicit Writer(YAML::Emitter& out) : out_(out) {}

  void text(const char* key, std::string& x, bool = false);
  void choice(const char* key, std::string& x, const std::vector<std::string>&) { text(key, x); }
  void number(const char* key, double& x, const NumberCheck& = kAnyNumber);
  template <class Int> void integer(const char* key, Int& x, const IntegerCheck&) {
    out_ << YAML::Key << key << YAML::Value << std::to_string(x);
  }
  void distribution(const char* key, Distribution& x);
  void date(const char* key, Day& x);
  void weekday(const char* key, int& x);
  void device_kinds(const char* key, std::vector<DeviceKind>& x);
  void number_map(const char* key, std::map<std::string, double>& x, const std::vector<std::string>&,
                  const NumberCheck&);
  void drawn(const char*, const char*) {}

  template <class T> void section(const char* key, T& x) {
    group(key, [&x](Writer& sub) { fields(sub, x); });
  }
  template <class F> void group(const char* key, F&& write) {
    out_ << YAML::Key << key << YAML::Value << YAML::BeginMap;
    write(*this);
    out_ << YAML::EndMap;
  }
  template <class T> void list(const char* key, std::vector<T>& x) {
    out_ << YAML::Key << key << YAML::Value << YAML::BeginSeq;
    for (T& item : x) {
      out_ << YAML::BeginMap;
      fields(*this, item);
      out_ << YAML::EndMap;
    }
    out_ << YAML::EndSeq;
  }

  void require(bool, const char*, const std::string&) {}
  void need(const char*, const char*) {}
  void skip(const char*) {}
  void finish() {}

 private:
  YAML::Emitter& out_;
};

}  // namespace preseason
