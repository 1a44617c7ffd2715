# The project's vocabulary. CI runs `make test` (see .ci/run).
GO      ?= go
BIN     ?= bin/govinfo-lint
PKGS    ?= ./...
FUZZTIME ?= 10s

.PHONY: build test lint bench fuzz clean

# A release build: static (CGO_ENABLED=0: no dynamic loader and libc at every start, about
# 4 ms of the ~25 ms one report takes; cgo is only pulled in by the net package that
# cobra's pflag imports, and nothing here resolves host names), reproducible paths.
BUILDFLAGS ?= -trimpath
build:
	CGO_ENABLED=0 $(GO) build $(BUILDFLAGS) -o $(BIN) ./cmd/govinfo-lint

# Unit, golden, CLI (testscript) tests, and every fuzz target's seed corpus.
test:
	$(GO) vet $(PKGS)
	$(GO) test -count=1 $(PKGS)

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet $(PKGS)

# Benchmarks print ns/op, allocs and the custom metrics (reports/s, peak heap).
bench:
	$(GO) test -run '^$$' -bench . -benchmem $(PKGS)

# Runs every fuzz target for FUZZTIME each (go test -fuzz takes one target at a time).
# Minimising is capped: with our large real seeds it otherwise stalls the fuzzer for minutes.
# A crasher lands in PKG/testdata/fuzz/FuzzX/: commit it, it becomes a regression test.
fuzz:
	@set -e; for pkg in $$($(GO) list $(PKGS)); do \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz' || true); do \
	    echo "== $$pkg $$f"; $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) -fuzzminimizetime 2s $$pkg; \
	  done; \
	done

clean:
	rm -rf bin
