#include <gtest/gtest.h>

#include "engine/fingerprint.h"

namespace preseason {
namespace {

Event make(Time t, ActorId target, double v) {
  Event e;
  e.key = EventKey{t, 0, 0, target, 1, 3};
  e.kind = 2;
  e.payload = Payload{v};
  return e;
}

TEST(Fingerprint, IndependentOfTheOrderPartsAreMerged) {
  Fingerprint a, b, whole;
  const Event e1 = make(1, 1, 0.5), e2 = make(2, 2, 1.5), e3 = make(3, 1, 2.5);
  a.add(e1);
  b.add(e2);
  b.add(e3);
  whole.add(e3);
  whole.add(e1);
  whole.add(e2);
  Fingerprint ab = a, ba = b;
  ab.merge(b);
  ba.merge(a);
  EXPECT_EQ(ab, ba);
  EXPECT_EQ(ab, whole);
  EXPECT_EQ(whole.events(), 3u);
  EXPECT_EQ(whole.hex().size(), 32u);
}

TEST(Fingerprint, SensitiveToTimeTargetKindPayloadAndBatch) {
  const Event base = make(10, 4, 1.0);
  const auto fp = [](const Event& e) {
    Fingerprint f;
    f.add(e);
    return f.hex();
  };
  Event t = base, target = base, kind = base, payload = base, batch = base;
  t.key.time = 11;
  target.key.target = 5;
  kind.kind = 3;
  payload.payload.values[3] = 1e-12;
  batch.payload.batch = std::make_shared<SampleBatch>(SampleBatch{{10, 1, 0.25}});
  for (const Event* e : {&t, &target, &kind, &payload, &batch}) EXPECT_NE(fp(*e), fp(base));
  Event batch2 = batch;
  batch2.payload.batch = std::make_shared<SampleBatch>(SampleBatch{{10, 1, 0.26}});
  EXPECT_NE(fp(batch2), fp(batch));
}

TEST(Fingerprint, DuplicateEventsDoNotCancel) {
  Fingerprint once, twice;
  once.add(make(1, 1, 1));
  twice.add(make(1, 1, 1));
  twice.add(make(1, 1, 1));
  EXPECT_NE(once.hex(), twice.hex());
  Fingerprint empty;
  EXPECT_NE(twice.hex(), empty.hex());
}

}  // namespace
}  // namespace preseason
