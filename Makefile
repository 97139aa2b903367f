# migstat: make targets match the pipeline's stages.
#   make run                    every year under input/
#   make extract YEAR=2003      one stage of one year (likewise normalise, aggregate)
#   make reprocess YEAR=2003    redo a year from raw input, whatever the manifest says
SWIFT   ?= swift
# SwiftPM adds -color-diagnostics to every compiler command when its stderr is
# a terminal, and a changed command rebuilds everything: a `make run` at a
# terminal after one from cron, CI or a script recompiled the whole release
# build (77-99 s) with nothing changed. Its output through a pipe is never a
# terminal, so every build here has the commands of a build without one.
# (--no-color-diagnostics does not help: SwiftPM 6.3 passes -color-diagnostics
# for it too.) pipefail keeps the build's exit status.
SHELL       := /bin/bash
.SHELLFLAGS := -o pipefail -c
NOTTY       := 2>&1 | cat
# The Swift runtime and Foundation linked into the binary: it runs on a server
# without a Swift toolchain, and it starts faster (a no-change cron night is
# a fifth shorter without the dynamic linker's symbol lookups).
RELEASE := -c release --static-swift-stdlib
BIN     := .build/release/migstat
INPUT   ?= input
OUTPUT  ?= output
ARGS    ?=
COMMON   = --input $(INPUT) --output $(OUTPUT) $(ARGS)

.PHONY: install report report-pdf setup build run extract normalise aggregate reprocess status test test-unit test-e2e bench demo-input codelists clean fuzz test-asan test-tsan db-init db-load db-check

setup:                 ## install the system packages a fresh machine lacks
	bash scripts/setup.sh

build:                 ## release build of the migstat command
	$(SWIFT) build $(RELEASE) --product migstat $(NOTTY)

# Where a server expects things: the one binary (it needs no Swift installed), its
# man page (from the command line's own help, by swift-argument-parser's
# generate-manual plugin, over the debug build `make test` makes: the help is
# the same, and its default, a release build without --static-swift-stdlib,
# would compile everything again) and bash, zsh and fish completions.
#   make install PREFIX=/opt/migstat      (DESTDIR= for a package's staging root)
PREFIX  ?= /usr/local
DESTDIR ?=
MANDIR   = $(DESTDIR)$(PREFIX)/share/man/man1
install: build         ## the binary, man page and shell completions under PREFIX (default /usr/local)
	$(SWIFT) package plugin generate-manual --configuration debug $(NOTTY)
	install -d $(DESTDIR)$(PREFIX)/bin $(MANDIR) $(DESTDIR)$(PREFIX)/share/bash-completion/completions \
	  $(DESTDIR)$(PREFIX)/share/zsh/site-functions $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 0755 $(BIN) $(DESTDIR)$(PREFIX)/bin/migstat
	strip --strip-debug $(DESTDIR)$(PREFIX)/bin/migstat   # its debug info (99 MB → 80 MB, the static stdlib is most of it); symbols stay for crash backtraces
	install -m 0644 .build/plugins/GenerateManual/outputs/migstat/migstat.1 $(MANDIR)/migstat.1
	$(BIN) --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/migstat
	$(BIN) --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_migstat
	$(BIN) --generate-completion-script fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/migstat.fish
	@echo "installed $(PREFIX)/bin/migstat; man migstat; completions for bash, zsh and fish"

run: build             ## all stages, every year (incremental with issue 6)
	$(BIN) run $(COMMON)

extract normalise aggregate: build
	@test -n "$(YEAR)" || { echo "give the year: make $@ YEAR=2003"; exit 2; }
	$(BIN) $@ --year $(YEAR) $(COMMON)

reprocess: build
	@test -n "$(YEAR)" || { echo "give the year: make reprocess YEAR=2003"; exit 2; }
	$(BIN) run --year $(YEAR) --force $(COMMON)

status: build
	$(BIN) status $(COMMON)

report: build          ## the analysis report, output/report/<lang>/*.html (kk, ru, en)
	$(BIN) report $(COMMON)

# Prints every page to PDF with headless Chromium (A4, print styles): the akimat's paper file.
CHROMIUM ?= chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer
report-pdf: report     ## the report's pages as PDF beside them (output/report/<lang>/*.pdf)
	for page in $(OUTPUT)/report/*/*.html; do \
	  $(CHROMIUM) --print-to-pdf="$${page%.html}.pdf" "file://$$(realpath $$page)" 2>/dev/null || exit 1; done
	@ls $(OUTPUT)/report/*/*.pdf

# The unified database by itself (the database is --database, else migstat.yaml's).
db-init: build         ## create or upgrade the database's tables, views and roles
	$(BIN) db init $(COMMON)

db-load: build         ## reload published years into the database (YEAR=2003 for one)
	$(BIN) db load $(if $(YEAR),--year $(YEAR)) $(COMMON)

db-check: build        ## does the database agree with the published files?
	$(BIN) db check $(COMMON)

# The end-to-end suite runs the release binary: what ships is what is tested.
# Tests run beside a throwaway PostgreSQL server (scripts/with-postgres.sh).
test: build            ## unit tests and end-to-end runs (against the release binary)
	scripts/with-postgres.sh $(SWIFT) test --disable-swift-testing $(NOTTY)

test-unit:
	$(SWIFT) test --disable-swift-testing --filter MigstatCoreTests $(NOTTY)

test-e2e: build
	scripts/with-postgres.sh $(SWIFT) test --disable-swift-testing --filter EndToEndTests $(NOTTY)

# The same unit and end-to-end tests once under AddressSanitizer: its own build
# folder, and the end-to-end suite pointed at the sanitized binary. Leaks are
# checked in migstat and the fuzz replays (the tests set detect_leaks=1 for
# them), not in the XCTest runner, whose own allocations LeakSanitizer reports.
test-asan:             ## unit and end-to-end tests under AddressSanitizer
	$(SWIFT) build --scratch-path .build-asan --sanitize=address --product migstat $(NOTTY)
	ASAN_OPTIONS=detect_leaks=0 MIGSTAT_SANITIZER=address MIGSTAT_BINARY=$(CURDIR)/.build-asan/debug/migstat scripts/with-postgres.sh $(SWIFT) test --scratch-path .build-asan --sanitize=address --disable-swift-testing $(NOTTY)

# Feeds run side by side (--jobs): a whole run over the sample and demo input,
# two jobs, under ThreadSanitizer; any data race fails it (exit 66).
TSAN_BIN := .build-tsan/debug/migstat
test-tsan:             ## two-job runs under ThreadSanitizer, the database off and on (its load runs beside the pipeline)
	$(SWIFT) build --scratch-path .build-tsan --sanitize=thread --product migstat $(NOTTY)
	for in in Tests/Fixtures/samples/input input; do for db in none sqlite:migstat.sqlite; do \
	  rm -rf .build-tsan/out; \
	  TSAN_OPTIONS=halt_on_error=1:exitcode=66 $(TSAN_BIN) run --jobs 2 --input $$in --output .build-tsan/out --database $$db --quiet; \
	  s=$$?; [ $$s = 0 ] || [ $$s = 3 ] || { echo "test-tsan: $$in --database $$db exited $$s"; exit 1; }; done; done

bench:                 ## throughput and peak memory on generated large inputs (not a test)
	$(SWIFT) build $(RELEASE) --product migstat $(NOTTY)
	$(SWIFT) build $(RELEASE) --product migstat-bench $(NOTTY)
	scripts/with-postgres.sh .build/release/migstat-bench $(BENCH_ARGS)

demo-input:            ## regenerate the synthetic demo under input/
	rm -rf input/migration-slips input/police-registrations input/labour-quotas input/repatriates input/population input/refugees
	python3 tools/generate_feeds.py --out input

codelists:             ## regenerate pipelines/codelists/countries.tsv from Debian's iso-codes
	python3 tools/generate_country_list.py

clean:
	rm -rf .build $(OUTPUT)

# Fuzzing: libFuzzer + AddressSanitizer builds of each harness under .build-fuzz,
# each run for FUZZ_SECONDS on the committed seeds (Tests/Fuzz/corpus/<name>).
# A crash stops make; copy its input into the seed folder: every plain test run
# replays the seeds (FuzzReplayTests), so a finding stays a regression test.
FUZZ_SECONDS ?= 60
FUZZERS := csv xml definitions numbers html
fuzz:                  ## run each fuzz harness for FUZZ_SECONDS (default 60)
	for f in $(FUZZERS); do \
	  $(SWIFT) build --scratch-path .build-fuzz -c debug --product fuzz-$$f \
	    --sanitize fuzzer --sanitize address -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING $(NOTTY) || exit 1; done
	for f in $(FUZZERS); do \
	  mkdir -p .build-fuzz/corpus/$$f .build-fuzz/findings && \
	  .build-fuzz/debug/fuzz-$$f -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=4096 -print_final_stats=1 \
	    -artifact_prefix=.build-fuzz/findings/$$f- .build-fuzz/corpus/$$f Tests/Fuzz/corpus/$$f || exit 1; done
