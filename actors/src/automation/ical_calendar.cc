#include "actors/automation/ical_calendar.h"

#include <libical/ical.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <ctime>
#include <stdexcept>
#include <vector>

namespace preseason {

namespace {

struct ComponentFree {
  void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

icaltimetype utc(Time t) {
  return icaltime_from_timet_with_zone(static_cast<time_t>(day_of(t) * 86400 + time_of_day(t) / kSecond), 0,
                                       icaltimezone_get_utc_timezone());
}

icaltimetype date(Day d) { return icaltime_from_timet_with_zone(static_cast<time_t>(d) * 86400, 1, nullptr); }

bool blank(unsigned char c) { return std::isspace(c) != 0; }

bool same_letters(const std::string& text, std::size_t at, const std::string& word) {
  if (at + word.size() > text.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i)
    if (std::toupper(static_cast<unsigned char>(text[at + i])) != word[i]) return false;
  return true;
}

// libical silently skips lines before and after the calendar: a file with such lines was
// not written by this class, and writing it back would drop them.
bool only_the_calendar(const std::string& text) {
  const auto first = std::find_if_not(text.begin(), text.end(), blank);
  const auto last = std::find_if_not(text.rbegin(), text.rend(), blank).base();
  if (first >= last) return false;
  const std::string begin = "BEGIN:VCALENDAR", end = "END:VCALENDAR";
  const auto from = static_cast<std::size_t>(first - text.begin());
  const auto to = static_cast<std::size_t>(last - text.begin());
  return to - from >= begin.size() + end.size() && same_letters(text, from, begin) &&
         same_letters(text, to - end.size(), end);
}

icalcomponent* vevent(const IcalEvent& e, Time stamp) {
  icalcomponent* event = icalcomponent_new_vevent();
  icalcomponent_add_property(event, icalproperty_new_uid(e.uid.c_str()));
  icalcomponent_add_property(event, icalproperty_new_dtstamp(utc(stamp)));
  if (e.day) {
    // A date value with no DTEND lasts the whole day (RFC 5545, 3.6.1).
    icalcomponent_add_property(event, icalproperty_new_dtstart(date(*e.day)));
  } else {
    icalcomponent_add_property(event, icalproperty_new_dtstart(utc(e.start)));
    icalcomponent_add_property(event, icalproperty_new_dtend(utc(e.end)));
  }
  icalcomponent_add_property(event, icalproperty_new_summary(e.summary.c_str()));
  icalcomponent_add_property(event, icalproperty_new_description(e.description.c_str()));
  return event;
}

}  // namespace

struct IcalCalendar::Impl {
  Component root;
};

IcalCalendar::IcalCalendar(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

IcalCalendar::IcalCalendar(const std::string& prodid)
    : impl_(std::make_unique<Impl>(Impl{Component(icalcomponent_new_vcalendar())})) {
  icalcomponent* root = impl_->root.get();
  icalcomponent_add_property(root, icalproperty_new_version("2.0"));
  icalcomponent_add_property(root, icalproperty_new_prodid(prodid.c_str()));
  icalcomponent_add_property(root, icalproperty_new_calscale("GREGORIAN"));
}

IcalCalendar IcalCalendar::parse(const std::string& text) {
  if (!only_the_calendar(text)) throw std::invalid_argument("not one iCalendar VCALENDAR");
  Component root(icalparser_parse_string(text.c_str()));
  if (!root) throw std::invalid_argument("libical cannot read it as iCalendar");
  if (icalcomponent_isa(root.get()) != ICAL_VCALENDAR_COMPONENT)
    throw std::invalid_argument("not one iCalendar VCALENDAR");
  if (const int errors = icalcomponent_count_errors(root.get()); errors > 0)
    throw std::invalid_argument("libical found " + std::to_string(errors) + " error" + (errors == 1 ? "" : "s") +
                                " in it");
  return IcalCalendar(std::make_unique<Impl>(Impl{std::move(root)}));
}

IcalCalendar::~IcalCalendar() = default;
IcalCalendar::IcalCalendar(IcalCalendar&&) noexcept = default;
IcalCalendar& IcalCalendar::operator=(IcalCalendar&&) noexcept = default;

void IcalCalendar::add(const IcalEvent& event, Time stamp) {
  icalcomponent_add_component(impl_->root.get(), vevent(event, stamp));
}

void IcalCalendar::put(const IcalEvent& event, Time stamp) {
  icalcomponent* root = impl_->root.get();
  // Collected first: removing a component while iterating would skip its successor.
  std::vector<icalcomponent*> same;
  for (icalcomponent* e = icalcomponent_get_first_component(root, ICAL_VEVENT_COMPONENT); e;
       e = icalcomponent_get_next_component(root, ICAL_VEVENT_COMPONENT)) {
    const char* uid = icalcomponent_get_uid(e);
    if (uid && event.uid == uid) same.push_back(e);
  }
  for (icalcomponent* e : same) {
    icalcomponent_remove_component(root, e);
    icalcomponent_free(e);
  }
  add(event, stamp);
}

std::string IcalCalendar::text() const {
  char* raw = icalcomponent_as_ical_string_r(impl_->root.get());
  if (!raw) throw std::runtime_error("libical could not write the calendar");
  std::string out(raw);
  std::free(raw);
  return out;
}

}  // namespace preseason
