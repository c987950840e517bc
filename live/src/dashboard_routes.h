// The coach's dashboard as static files under /dashboard/ (docs/live-api.md). Serving
// them needs no token: the page asks for one and reads everything through /v1.
#pragma once

#include <httplib.h>

namespace preseason::live {

void add_dashboard_routes(httplib::Server& http);

}  // namespace preseason::live
