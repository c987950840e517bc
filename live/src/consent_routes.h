// An athlete's consent over the API (docs/live-api.md): read it, or replace it, which
// takes effect for the very next request of anyone.
#pragma once

#include <httplib.h>

#include "decision_routes.h"
#include "live/consent_log.h"

namespace preseason::live {

void add_consent_routes(httplib::Server& http, ConsentLog& log, const AccessControl& access, Authorize authorize);

}  // namespace preseason::live
