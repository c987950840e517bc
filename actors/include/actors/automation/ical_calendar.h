// An iCalendar document (RFC 5545) held by libical: a new VCALENDAR or one read back from
// text, VEVENTs added to it, and its text. Whatever a calendar read back holds is kept.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "data/time.h"

namespace preseason {

struct IcalEvent {
  std::string uid;
  Time start = 0, end = 0;  // UTC date-times, unless `day` is set
  std::optional<Day> day;   // a whole-day event instead (DTSTART;VALUE=DATE)
  std::string summary, description;
};

class IcalCalendar {
 public:
  // An empty VCALENDAR (version 2.0, Gregorian) made by `prodid`.
  explicit IcalCalendar(const std::string& prodid);
  // `text` read back; throws std::invalid_argument unless it is exactly one VCALENDAR that
  // libical reads without error.
  static IcalCalendar parse(const std::string& text);
  ~IcalCalendar();
  IcalCalendar(IcalCalendar&&) noexcept;
  IcalCalendar& operator=(IcalCalendar&&) noexcept;

  // Appends `event` with `stamp` as its DTSTAMP; the caller keeps UIDs unique.
  void add(const IcalEvent& event, Time stamp);
  // As add(), but an event with the same UID is replaced rather than repeated.
  void put(const IcalEvent& event, Time stamp);

  // Throws std::runtime_error when libical cannot write it.
  std::string text() const;

 private:
  struct Impl;
  explicit IcalCalendar(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace preseason
