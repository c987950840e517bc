#include "actors/predictor/fit_predictor.h"

#include <cmath>
#include <stdexcept>

#include "actors/predictor/part_sequences.h"

namespace preseason {
namespace {

std::vector<Feature> all_features() {
  std::vector<Feature> f;
  for (std::size_t k = 0; k < kFeatureCount; ++k) f.push_back(static_cast<Feature>(k));
  return f;
}

}  // namespace

FitResult fit_predictor(const std::vector<AthleteHistory>& histories, const FitOptions& options,
                        const EpochCallback& on_epoch) {
  FitResult out;
  out.split = split_histories(histories, options.split);
  const int horizon = options.split.horizon;

  // Normalisation sees every fitting day, labelled or not; the baseline, the labelled ones.
  std::vector<FeatureRecord> fit_days;
  std::vector<FeatureRecord> labelled;
  std::vector<double> labels;
  for (const HistoryPart& part : out.split.fit) {
    const AthleteHistory& h = histories[part.history];
    const std::vector<double> y = part_labels(h, part, horizon);
    for (std::size_t k = 0; k < part.end; ++k) {
      fit_days.push_back(h.records[k]);
      if (std::isnan(y[k])) continue;
      labelled.push_back(h.records[k]);
      labels.push_back(y[k]);
    }
  }
  PredictorModel& m = out.model;
  m.encoder = FeatureEncoder::fit(all_features(), fit_days);
  m.injury_history = options.injury_history;
  m.baseline = LoadBaseline::fit(labelled, labels, options.baseline_l2);

  const std::vector<LabelledSequence> fit =
      part_sequences(histories, out.split.fit, m.encoder, m.injury_history, horizon, options.chunk_days,
                     options.context_days);
  const std::vector<LabelledSequence> validation =
      part_sequences(histories, out.split.validation, m.encoder, m.injury_history, horizon);
  TrainResult r = train(fit, validation, options.train, on_epoch);

  m.params = r.model.params();
  m.horizon_days = horizon;
  m.config = options.train;
  m.pos_weight = r.pos_weight;
  m.epochs = r.epochs;
  m.best_epoch = r.best_epoch;
  m.validation = r.validation;
  TrainingProvenance& p = m.provenance;
  p.split = options.split;
  p.training_athletes = out.split.training_athletes;
  p.held_out_athletes = out.split.held_out_athletes;
  p.chunk_days = options.chunk_days;
  p.context_days = options.context_days;
  p.fit_days = static_cast<int>(labels.size());
  for (double y : labels) p.fit_positives += y > 0.5;
  p.training_loss = r.training_loss;
  p.validation_loss = r.validation_loss;
  return out;
}

}  // namespace preseason
