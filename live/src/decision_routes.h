// The decision endpoints of /v1 (docs/live-api.md): decide a day, list recommendations
// with what each caller's consent lets it see, approve or override one, read the audit.
#pragma once

#include <httplib.h>

#include <functional>

#include "live/access_control.h"
#include "live/live_decisions.h"
#include "live/scope.h"

namespace preseason::live {

// The caller, or null after the request was answered 401 or 403.
using Authorize = std::function<const Principal*(const httplib::Request&, httplib::Response&, Scope)>;

void add_decision_routes(httplib::Server& http, LiveDecisions& decisions, const AccessControl& access,
                         Authorize authorize);

}  // namespace preseason::live
