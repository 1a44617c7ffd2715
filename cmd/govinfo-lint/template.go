package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/govinfo-lint/govinfo-lint/template"
)

// newTemplateCmd writes a blank report. Where it goes, decided so that nothing is ever
// overwritten by accident (a clerk's filled report is irreplaceable):
//   - -o FILE writes FILE, and refuses when FILE exists unless --force is given;
//   - without -o, the .docx goes to standard output only when that is not a terminal
//     (a pipe or a redirect); on a terminal it is a usage error asking for -o.
func newTemplateCmd(e *env) *cobra.Command {
	var (
		opt   template.Options
		out   string
		force bool
	)
	cmd := &cobra.Command{
		Use:   "template [flags]",
		Short: "生成空白年度报告（官方格式 .docx） / write a blank report in the official layout (.docx)",
		Long: `生成一份空白的政府信息公开工作年度报告（.docx，国办公开办函〔2021〕30号格式，或 --layout 2019）。
Write a blank annual report in the official layout (.docx). With -o FILE an existing
FILE is never overwritten unless --force is given; without -o the document goes to
standard output, which must then be a file or a pipe, not a terminal.

  govinfo-lint template --year 2025 --issuer "XX县XX镇人民政府" -o report.docx`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			if opt.Layout != "2021" && opt.Layout != "2019" {
				return usagef("unknown --layout %q: want 2021 or 2019", opt.Layout)
			}
			if opt.Year < 2008 || opt.Year > 2100 {
				return usagef("bad --year %d: want the report year, e.g. %d", opt.Year, time.Now().Year()-1)
			}
			if out == "" && e.isTerminal(e.stdout) {
				return usagef("a .docx cannot be shown on a terminal: give -o FILE.docx (or redirect: > report.docx)")
			}
			if out != "" && !force {
				if _, err := os.Stat(out); err == nil {
					return usagef("%s already exists; choose another -o or add --force to overwrite it", out)
				} else if !errors.Is(err, fs.ErrNotExist) {
					return usagef("-o %s: %v", out, err)
				}
			}
			// Build the whole document first, so that a failure leaves no half-written file.
			var buf bytes.Buffer
			if err := template.Write(&buf, opt); err != nil {
				return &exitError{code: exitFindings, msg: fmt.Sprintf("template: %v", err)}
			}
			if out == "" {
				if _, err := e.stdout.Write(buf.Bytes()); err != nil {
					return &exitError{code: exitFindings, msg: fmt.Sprintf("template: %v", err)}
				}
				return nil
			}
			flag := os.O_WRONLY | os.O_CREATE | os.O_EXCL
			if force {
				flag = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
			}
			f, err := os.OpenFile(out, flag, 0o644)
			if err != nil {
				return &exitError{code: exitFindings, msg: fmt.Sprintf("template: %v", err)}
			}
			if _, err := f.Write(buf.Bytes()); err != nil {
				f.Close()
				return &exitError{code: exitFindings, msg: fmt.Sprintf("template: write %s: %v", out, err)}
			}
			if err := f.Close(); err != nil {
				return &exitError{code: exitFindings, msg: fmt.Sprintf("template: write %s: %v", out, err)}
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.IntVar(&opt.Year, "year", time.Now().Year()-1, "the report year")
	f.StringVar(&opt.Issuer, "issuer", "", "the issuing body, e.g. XX县XX镇人民政府 (blank when not given)")
	f.StringVar(&opt.Layout, "layout", "2021", "official layout: 2021 | 2019")
	f.StringVarP(&out, "output", "o", "", "write the .docx to FILE")
	f.BoolVar(&force, "force", false, "overwrite -o FILE if it exists")
	cmd.SetFlagErrorFunc(flagError)
	return cmd
}
