#include "actors/predictor/part_sequences.h"

#include <algorithm>
#include <cmath>

#include "actors/predictor/injury_history_inputs.h"

namespace preseason {

Eigen::MatrixXd history_inputs(const AthleteHistory& history, std::size_t days, const FeatureEncoder& encoder,
                               bool injury_history) {
  const std::vector<FeatureRecord> records(history.records.begin(), history.records.begin() + days);
  if (!injury_history) return encoder.encode(records);
  Eigen::MatrixXd x(encoder.width() + kInjuryHistoryInputs, static_cast<Eigen::Index>(days));
  x << encoder.encode(records), injury_history_inputs(history.injury_days, records);
  return x;
}

std::vector<LabelledSequence> part_sequences(const std::vector<AthleteHistory>& histories,
                                             const std::vector<HistoryPart>& parts, const FeatureEncoder& encoder,
                                             bool injury_history, int horizon, int chunk, int context) {
  std::vector<LabelledSequence> out;
  for (const HistoryPart& part : parts) {
    const AthleteHistory& h = histories[part.history];
    const std::vector<double> labels = part_labels(h, part, horizon);
    const Eigen::MatrixXd inputs = history_inputs(h, part.end, encoder, injury_history);
    const auto n = static_cast<Eigen::Index>(part.end);
    const auto step = chunk > 0 ? static_cast<Eigen::Index>(chunk) : n;
    for (auto begin = static_cast<Eigen::Index>(part.labels_begin); begin < n; begin += step) {
      const Eigen::Index from = chunk > 0 ? std::max<Eigen::Index>(0, begin - context) : 0;
      const Eigen::Index to = std::min(n, begin + step);
      LabelledSequence s{inputs.middleCols(from, to - from), Eigen::VectorXd::Constant(to - from, std::nan(""))};
      bool labelled = false;
      for (Eigen::Index d = begin; d < to; ++d) {
        s.labels(d - from) = labels[static_cast<std::size_t>(d)];
        labelled = labelled || !std::isnan(labels[static_cast<std::size_t>(d)]);
      }
      if (labelled) out.push_back(std::move(s));
    }
  }
  return out;
}

}  // namespace preseason
