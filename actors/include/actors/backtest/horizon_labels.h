// Labels one athlete's days against its injuries for a horizon of H days: day t is
// positive when an injury falls in (t, t+H]. Only days whose whole horizon lies on or
// before the athlete's last observed day are labelled; later ones are censored.
#pragma once

#include <vector>

#include "data/time.h"

namespace preseason {

class HorizonLabels {
 public:
  // `injury_days` in any order, repeats allowed; requires horizon >= 1.
  HorizonLabels(std::vector<Day> injury_days, int horizon, Day last_observed);

  int horizon() const { return horizon_; }
  // Ascending, repeats kept (one per recorded injury).
  const std::vector<Day>& injuries() const { return injuries_; }
  bool labelled(Day t) const { return t + horizon_ <= last_observed_; }
  // Whether an injury falls in (t, t+H]; meaningful for any day, labelled or not.
  bool positive(Day t) const;

 private:
  std::vector<Day> injuries_;
  int horizon_;
  Day last_observed_;
};

}  // namespace preseason
