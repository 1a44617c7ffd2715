// Package lint runs govinfo-lint over files and folders: walking, skipping non-reports,
// parallel workers with results in a stable order, progress, and checks across years.
package lint

import (
	"context"
	"errors"
	"io"

	"github.com/govinfo-lint/govinfo-lint/output"
	"github.com/govinfo-lint/govinfo-lint/parser"
	"github.com/govinfo-lint/govinfo-lint/rules"
)

// Options say how to run.
type Options struct {
	Jobs     int
	Limits   parser.Limits
	Ctx      rules.Context
	Config   rules.Config
	Progress io.Writer // nil: no progress bar
}

// Run is a placeholder until the runner lands; its owner replaces this file.
func Run(ctx context.Context, paths []string, opt Options) ([]output.FileResult, output.Summary, error) {
	return nil, output.Summary{}, errors.New("placeholder")
}
