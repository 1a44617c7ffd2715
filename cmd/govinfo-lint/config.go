package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"
)

// ConfigFileName is the config file looked for, from the working folder upward, when
// --config is not given.
const ConfigFileName = ".govinfo-lint.yaml"

// fileConfig is .govinfo-lint.yaml. Every key is optional; a flag given on the command
// line overrides the key. Unknown keys are an error (exit 2), so that a misspelt key does
// not silently do nothing.
//
//	# Rules to turn off / back on (IDs as listed by `govinfo-lint rules`).
//	# --disable and --enable add to these; a flag wins over the file for the same ID.
//	disable: [section-empty, fee-statement-missing]
//	enable: [stock-continuity]
//
//	# Severity per rule: error | warning | note | off (off = disable).
//	severity:
//	  date-late: error
//	  cell-blank: note
//
//	# Publication deadline MM-DD of the year after the report year, for issuers without a
//	# statutory one (townships, streets, others); same as --deadline.
//	deadline: "02-15"
//
//	# The issuer's kind when its name does not tell: department | government | township | other.
//	issuer_kind: township
//
//	# Language of messages: zh | en (same as --lang).
//	lang: zh
//
//	# The date that date rules take as today, YYYY-MM-DD (same as --today); for
//	# reproducible runs in CI.
//	today: "2024-03-01"
//
//	# Parallel workers (same as --jobs; default: the number of CPUs).
//	jobs: 4
//
//	# Limits that protect the machine from hostile files (same as the --max-* flags).
//	limits:
//	  max_file_mb: 64       # any input file
//	  max_text_mb: 16       # a plain-text or web-page input
//	  max_xml_mb: 64        # one XML part of a .docx, uncompressed
//	  max_archive_mb: 128   # all entries of a .docx, uncompressed
//	  max_zip_entries: 2000
//	  max_depth: 256        # XML / HTML nesting
//	  max_tables: 2000
//	  max_cells: 200000
type fileConfig struct {
	Disable    []string          `yaml:"disable"`
	Enable     []string          `yaml:"enable"`
	Severity   map[string]string `yaml:"severity"`
	Deadline   string            `yaml:"deadline"`
	IssuerKind string            `yaml:"issuer_kind"`
	Lang       string            `yaml:"lang"`
	Today      string            `yaml:"today"`
	Jobs       int               `yaml:"jobs"`
	Limits     fileLimits        `yaml:"limits"`

	// path is where the config was read from (for messages).
	path string
}

// fileLimits are parser.Limits in the units people write (MB).
type fileLimits struct {
	MaxFileMB     int64 `yaml:"max_file_mb"`
	MaxTextMB     int64 `yaml:"max_text_mb"`
	MaxXMLMB      int64 `yaml:"max_xml_mb"`
	MaxArchiveMB  int64 `yaml:"max_archive_mb"`
	MaxZipEntries int   `yaml:"max_zip_entries"`
	MaxDepth      int   `yaml:"max_depth"`
	MaxTables     int   `yaml:"max_tables"`
	MaxCells      int   `yaml:"max_cells"`
}

// findConfig looks for ConfigFileName in dir and its parents; "" when there is none.
func findConfig(dir string) string {
	for {
		p := filepath.Join(dir, ConfigFileName)
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// loadConfig reads the config named by --config (explicit: it must exist), or the one
// found upward from the working folder, or none (a zero config).
func loadConfig(explicit string) (*fileConfig, error) {
	path := explicit
	if path == "" {
		wd, err := os.Getwd()
		if err != nil {
			return &fileConfig{}, nil
		}
		path = findConfig(wd)
		if path == "" {
			return &fileConfig{}, nil
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config %s: %w", path, err)
	}
	cfg, err := parseConfig(data)
	if err != nil {
		return nil, fmt.Errorf("config %s: %w", path, err)
	}
	cfg.path = path
	return cfg, nil
}

func parseConfig(data []byte) (*fileConfig, error) {
	cfg := &fileConfig{}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(cfg); err != nil && !errors.Is(err, io.EOF) {
		return nil, oneLineYAMLError(err)
	}
	return cfg, nil
}

// unknownField matches yaml.v3's "line 3: field disabel not found in type main.fileConfig".
// Compiled on first use: only a config with an error needs it, not every run.
var unknownField = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^line (\d+): field (\S+) not found in type \S+$`)
})

// oneLineYAMLError turns yaml.v3's multi-line errors into the one line a user reads:
// "line 1: unknown key disabel; line 4: …", without Go type names.
func oneLineYAMLError(err error) error {
	var te *yaml.TypeError
	if !errors.As(err, &te) {
		return errors.New(oneLine(strings.TrimPrefix(err.Error(), "yaml: ")))
	}
	msgs := make([]string, 0, len(te.Errors))
	for _, m := range te.Errors {
		if sub := unknownField().FindStringSubmatch(m); sub != nil {
			m = fmt.Sprintf("line %s: unknown key %q (see docs/config.md)", sub[1], sub[2])
		} else {
			m = strings.ReplaceAll(m, "!!", "")
		}
		msgs = append(msgs, oneLine(m))
	}
	return errors.New(strings.Join(msgs, "; "))
}

// oneLine folds the line breaks yaml.v3 quotes from the file (a value such as "0\n0")
// into a visible "\n", so that an error stays one line.
func oneLine(s string) string {
	return strings.NewReplacer("\r\n", `\n`, "\n", `\n`, "\r", `\r`).Replace(s)
}
