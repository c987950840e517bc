// Boost.Serialization for events, so a checkpoint can carry the pending ones.
#pragma once

#include <boost/serialization/array.hpp>
#include <boost/serialization/split_free.hpp>
#include <boost/serialization/vector.hpp>

#include "engine/event.h"

namespace boost::serialization {

template <class Ar> void serialize(Ar& ar, preseason::EventKey& k, unsigned) {
  ar & k.time & k.delta & k.priority & k.target & k.source & k.seq;
}

template <class Ar> void serialize(Ar& ar, preseason::Sample& s, unsigned) { ar & s.time & s.channel & s.value; }

template <class Ar> void save(Ar& ar, const preseason::Payload& p, unsigned) {
  ar << p.values;
  const bool has_batch = p.batch != nullptr;
  ar << has_batch;
  if (has_batch) ar << *p.batch;
}

template <class Ar> void load(Ar& ar, preseason::Payload& p, unsigned) {
  ar >> p.values;
  bool has_batch = false;
  ar >> has_batch;
  if (!has_batch) {
    p.batch.reset();
    return;
  }
  auto batch = std::make_shared<preseason::SampleBatch>();
  ar >> *batch;
  p.batch = std::move(batch);
}

template <class Ar> void serialize(Ar& ar, preseason::Payload& p, unsigned version) { split_free(ar, p, version); }

template <class Ar> void serialize(Ar& ar, preseason::Event& e, unsigned) { ar & e.key & e.kind & e.payload; }

}  // namespace boost::serialization
