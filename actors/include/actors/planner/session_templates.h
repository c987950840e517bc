// Typical duration, target RPE and high-speed intensity of each session type in
// an elite football microcycle (Akenhead 2016; Malone 2015; Stevens 2017).
#pragma once

#include <array>

#include "actors/athlete/session.h"

namespace preseason {

struct SessionTemplate {
  double minutes = 0;
  double rpe = 0;
  double intensity = 0;

  template <class Ar> void serialize(Ar& ar, unsigned) { ar & minutes & rpe & intensity; }
};

struct SessionTemplates {
  SessionTemplate preseason{85, 6.5, 0.6};
  SessionTemplate strength{70, 7.0, 0.6};      // MD-4
  SessionTemplate volume{85, 6.5, 0.7};        // MD-3
  SessionTemplate moderate{65, 5.0, 0.4};      // MD-2
  SessionTemplate activation{50, 3.0, 0.3};    // MD-1
  SessionTemplate match{95, 8.0, 1.0};         // MD, minutes include stoppage time
  SessionTemplate recovery{40, 2.0, 0.1};      // MD+1, starters
  SessionTemplate compensatory{55, 7.0, 0.7};  // MD+1, substitutes and unused players

  const SessionTemplate& of(SessionType t) const;

  template <class Ar> void serialize(Ar& ar, unsigned) {
    ar & preseason & strength & volume & moderate & activation & match & recovery & compensatory;
  }

 private:
  SessionTemplate rest_;
};

Session make_session(const SessionTemplates& templates, SessionType t, double load_factor = 1);

}  // namespace preseason
