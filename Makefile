# Common commands; CMake does the real work. `make run` and `make test` install
# missing Debian packages first, so they work on a fresh Debian 12 machine.
BUILD ?= build
ASAN_BUILD ?= build-asan
JOBS ?= $(shell nproc)
CLI := $(BUILD)/tools/preseason

.PHONY: deps configure build run test test-release test-asan bench clean

deps:
	@tools/install-deps.sh

configure: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release > /dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

run: build
	$(CLI) compare scenarios/season-25.yaml --policy fixed --policy acwr_band --replicates 8 --threads 2

test: test-release test-asan

test-release: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# The same suite under AddressSanitizer + UndefinedBehaviorSanitizer.
test-asan: deps
	@cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPRESEASON_SANITIZE=ON > /dev/null
	@cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --output-on-failure -j $(JOBS) -LE slow

bench: build
	@for b in $(BUILD)/bench/*_bench; do echo "== $$b"; $$b; done

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)

# Re-records the golden runs under tests/golden/ (docs/regression.md): do it deliberately,
# after `preseason check` has shown what changed, and commit the new files with the change.
# The what-if study of the README: four policies on the season-25 squad with the
# predictor, automation rules and a coach model.
.PHONY: study
study: build
	$(CLI) compare scenarios/policy-study.yaml --policy fixed --policy acwr_band --policy hrv_guided \
		--policy lstm_risk --replicates 40 --threads 2

.PHONY: golden
golden: build
	tests/golden/regenerate.sh $(CLI)

# Live ingest under load with wrk: readings/s and latency against the goal of docs/live-api.md.
.PHONY: bench-live
bench-live: build
	bench/live_ingest_load.sh $(CLI)
