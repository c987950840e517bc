#include "dashboard_routes.h"

#include <string>

#include "dashboard_assets.h"
#include "http_reply.h"

namespace preseason::live {

namespace {

// Only the page's own files may run, style or be fetched: a reading that carried markup
// could not load or execute anything even if it reached the page.
constexpr const char* kPolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

}  // namespace

void add_dashboard_routes(httplib::Server& http) {
  http.Get("/dashboard", [](const httplib::Request&, httplib::Response& res) { res.set_redirect("/dashboard/", 301); });
  http.Get(R"(/dashboard/([A-Za-z0-9_.\-]*))", [](const httplib::Request& req, httplib::Response& res) {
    const std::string name = req.matches[1].str().empty() ? "index.html" : req.matches[1].str();
    for (const DashboardAsset& asset : dashboard_assets())
      if (asset.name == name) {
        res.set_header("Content-Security-Policy", kPolicy);
        res.set_header("X-Content-Type-Options", "nosniff");
        res.set_header("Referrer-Policy", "no-referrer");
        res.set_header("Cache-Control", "no-cache");
        res.set_content(reinterpret_cast<const char*>(asset.data), asset.size, std::string(asset.content_type));
        return;
      }
    refuse(res, 404, "no dashboard file '" + name + "'");
  });
}

}  // namespace preseason::live
