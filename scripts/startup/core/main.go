// Command core lints the reports named on its command line with nothing around the
// linting: no command line framework, no configuration, no workbook (see package startup).
// It prints each report's findings as JSON and exits 1 when a file cannot be read.
package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/govinfo-lint/govinfo-lint/parser"
	"github.com/govinfo-lint/govinfo-lint/parser/input"
	"github.com/govinfo-lint/govinfo-lint/rules"
)

func main() {
	enc := json.NewEncoder(os.Stdout)
	status := 0
	for _, path := range os.Args[1:] {
		r, err := input.LoadFile(path, parser.DefaultLimits)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			status = 1
			continue
		}
		if err := enc.Encode(rules.Run(r, &rules.Context{}, &rules.Config{})); err != nil {
			fmt.Fprintln(os.Stderr, err)
			status = 1
		}
	}
	os.Exit(status)
}
