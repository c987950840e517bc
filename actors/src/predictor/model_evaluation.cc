#include "actors/predictor/model_evaluation.h"

#include <cmath>

#include "actors/predictor/acwr_rule.h"
#include "actors/predictor/risk_probabilities.h"

namespace preseason {

ModelEvaluation evaluate_model(const PredictorModel& model, const std::vector<AthleteHistory>& histories,
                               const std::vector<HistoryPart>& parts, int bootstrap, std::uint64_t seed) {
  ModelEvaluation e;
  std::vector<std::vector<ScoredDay>> lstm;
  std::vector<std::vector<ScoredDay>> logistic;
  std::vector<std::vector<ScoredDay>> rule;
  for (const HistoryPart& part : parts) {
    const AthleteHistory& h = histories[part.history];
    const std::vector<double> labels = part_labels(h, part, model.horizon_days);
    const Eigen::VectorXd p = risk_probabilities(model, h, part.end);
    ++e.athletes;
    e.feature_days += part.end - part.labels_begin;
    e.events += h.events.size();
    lstm.emplace_back();
    logistic.emplace_back();
    rule.emplace_back();
    std::vector<Day> labelled_days;
    for (std::size_t k = part.labels_begin; k < part.end; ++k) {
      if (std::isnan(labels[k])) continue;
      const FeatureRecord& r = h.records[k];
      const bool positive = labels[k] > 0.5;
      labelled_days.push_back(r.day);
      lstm.back().push_back({p(static_cast<Eigen::Index>(k)), positive});
      logistic.back().push_back({model.baseline.probability(r), positive});
      rule.back().push_back({acwr_rule_score(r), positive});
    }
    for (Day event : h.events) {
      for (Day t : labelled_days) {
        if (t < event && event - t <= model.horizon_days) {
          ++e.evaluable_events;
          break;
        }
      }
    }
  }
  e.lstm = probability_metrics(lstm, bootstrap, seed);
  e.logistic = probability_metrics(logistic, bootstrap, seed);
  e.acwr_rule = probability_metrics(rule, bootstrap, seed);
  e.labelled_days = e.lstm.days;
  e.positive_days = e.lstm.positive_days;
  return e;
}

}  // namespace preseason
