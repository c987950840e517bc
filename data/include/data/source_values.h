// Parsing of the loosely formatted values found in exported files: numbers, and the
// timestamp and date styles seen in wearable and questionnaire exports.
#pragma once

#include <optional>
#include <string_view>

#include "data/time.h"

namespace preseason {

// A finite decimal number, surrounding blanks allowed; nullopt for anything else.
std::optional<double> parse_number(std::string_view text);
// ISO 8601 ("2019-11-01T08:31:40.751Z", "2019-11-02 00:09:30", "2019-11-02") or
// day-first "DD/MM/YYYY[ HH:MM:SS]". Times without a zone are taken as UTC.
std::optional<Time> parse_source_time(std::string_view text);

}  // namespace preseason
