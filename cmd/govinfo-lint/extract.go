package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/govinfo-lint/govinfo-lint/output"
	"github.com/govinfo-lint/govinfo-lint/parser"
	"github.com/govinfo-lint/govinfo-lint/parser/input"
)

func newExtractCmd(e *env) *cobra.Command {
	var format, lang string
	var lf limitFlags
	cmd := &cobra.Command{
		Use:   "extract [flags] FILE...",
		Short: "输出报告的表格数据 / print the typed tables of each report",
		Long: `输出每份报告识别出的标题、年度、落款和表二/表三/表四（JSON 或 CSV）。- 表示标准输入。
Print what was recognised in each report: title, year, signature, 表二/表三/表四, as JSON
(schema govinfo-lint/report/v1; an array when several files are given) or CSV
(file,table,row,column,value). A file that cannot be read is reported on stderr and
makes the exit status 1; the others are still printed.`,
		Args: usageArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "json" && format != "csv" {
				return usagef("unknown --format %q for extract: want json or csv", format)
			}
			if err := checkLang(lang); err != nil {
				return err
			}
			lim, err := lf.resolve(cmd.Flags().Changed, fileLimits{})
			if err != nil {
				return err
			}
			var reports []*parser.Report
			failed := 0
			for _, path := range args {
				r, err := loadReport(e, path, lim)
				if err != nil {
					failed++
					fmt.Fprintf(e.stderr, "%s: %s\n", path, readError(err, lang))
					continue
				}
				reports = append(reports, r)
			}
			if len(reports) > 0 || len(args) > 1 {
				if err := output.WriteExtract(e.stdout, format, reports, len(args) > 1); err != nil {
					return &exitError{code: exitFindings, msg: fmt.Sprintf("write output: %v", err)}
				}
			}
			if failed > 0 {
				return &exitError{code: exitFindings}
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVarP(&format, "format", "f", "json", "output format: json | csv")
	f.StringVar(&lang, "lang", "zh", "language of error messages: zh | en")
	f.Int64Var(&lf.fileMB, "max-file-size", 0, "largest input file to read, in MB (default 64)")
	f.Int64Var(&lf.textMB, "max-text-size", 0, "largest plain-text or web-page input, in MB (default 16)")
	f.Int64Var(&lf.xmlMB, "max-xml-size", 0, "largest uncompressed XML part of a .docx, in MB (default 64)")
	f.Int64Var(&lf.archiveMB, "max-archive-size", 0, "largest total uncompressed size of a .docx, in MB (default 128)")
	f.IntVar(&lf.zipEntries, "max-zip-entries", 0, "most entries in a .docx archive (default 2000)")
	f.IntVar(&lf.cells, "max-cells", 0, "most table cells in one document (default 200000)")
	cmd.SetFlagErrorFunc(flagError)
	return cmd
}

// loadReport reads one report: "-" from standard input (up to the size limit), anything
// else through input.LoadFile.
func loadReport(e *env, path string, lim parser.Limits) (*parser.Report, error) {
	if path != "-" {
		return input.LoadFile(path, lim)
	}
	data, err := io.ReadAll(io.LimitReader(e.stdin, lim.MaxFileBytes+1))
	if err != nil {
		return nil, &input.Error{Kind: "io", ZH: "无法读取标准输入：" + err.Error(), EN: "cannot read standard input: " + err.Error()}
	}
	if int64(len(data)) > lim.MaxFileBytes {
		return nil, &input.Error{Kind: "too-large",
			ZH: fmt.Sprintf("标准输入超过 %d MB 的上限（可用 --max-file-size 调整）", lim.MaxFileBytes>>20),
			EN: fmt.Sprintf("standard input is larger than the %d MB limit (see --max-file-size)", lim.MaxFileBytes>>20)}
	}
	return input.Read("-", data, lim)
}

// readError is the one line a user sees for a file that cannot be read.
func readError(err error, lang string) string {
	if ie, ok := err.(*input.Error); ok {
		if lang == "en" {
			return ie.EN
		}
		return ie.ZH
	}
	return err.Error()
}
