#include "actors/coach/coach_model.h"

#include "actors/automation/calendar_replacement.h"
#include "actors/automation/session_text.h"

namespace preseason {

namespace {

bool rest_or_recovery(const Session& s) { return s.is_rest() || s.type == SessionType::kRecovery; }

bool match_on(const CoachContext& c, std::size_t k) { return k < c.plan.size() && c.plan[k].is_match(); }

std::string veto_text(Veto v, const std::string& why) { return std::string("veto ") + veto_name(v) + ": " + why; }

}  // namespace

CoachVerdict CoachModel::review(const Decision& proposal, const CoachContext& context, Rng& rng) const {
  const Session planned = context.plan.empty() ? Session{} : context.plan[0];
  CoachVerdict verdict;
  verdict.what = std::string("policy ") + adjustment_name(proposal.adjustment) + ": " + session_text(planned) +
                 " -> " + session_text(proposal.session) +
                 (proposal.reason.empty() ? "" : " (" + proposal.reason + ")");
  const bool changes = !same_session(planned, proposal.session);
  std::string veto;
  if (params_.has(Veto::kNoChangeOnMatchDay) && planned.is_match())
    veto = veto_text(Veto::kNoChangeOnMatchDay, "today is a match");
  else if (params_.has(Veto::kNoRestBeforeMatch) && rest_or_recovery(proposal.session) && match_on(context, 1))
    veto = veto_text(Veto::kNoRestBeforeMatch, "the next day is a match");
  return decide(std::move(verdict), changes, veto, rng);
}

CoachVerdict CoachModel::review(const ActionPayload& proposal, const CoachContext& context, Rng& rng) const {
  CoachVerdict verdict;
  verdict.what = "rule '" + proposal.rule + "', " + proposal.action.summary();
  bool changes = true;
  std::string veto;
  if (proposal.action.kind == ActionKind::kCalendar) {
    const std::vector<std::size_t> replaced = sessions_to_replace(proposal.action, context.plan);
    changes = !replaced.empty();
    for (std::size_t k : replaced) {
      if (params_.has(Veto::kNoRestBeforeMatch) && match_on(context, k + 1)) {
        veto = veto_text(Veto::kNoRestBeforeMatch,
                         session_title(context.plan[k].type) + std::string(" in ") + std::to_string(k) +
                             " days is the day before a match");
        break;
      }
    }
  }
  return decide(std::move(verdict), changes, veto, rng);
}

CoachVerdict CoachModel::decide(CoachVerdict verdict, bool changes, const std::string& veto, Rng& rng) const {
  if (!changes) {
    verdict.reason = "nothing to change";
  } else if (!veto.empty()) {
    verdict.accepted = false;
    verdict.reason = veto;
  } else if (params_.acceptance >= 1) {
    verdict.reason = "accepted";
  } else if (params_.acceptance <= 0 || !rng.bernoulli(params_.acceptance)) {
    verdict.accepted = false;
    verdict.reason = params_.override_reason;
  } else {
    verdict.reason = "accepted";
  }
  return verdict;
}

}  // namespace preseason
