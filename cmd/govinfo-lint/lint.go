package main

import (
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/spf13/cobra"

	"github.com/govinfo-lint/govinfo-lint/lint"
	"github.com/govinfo-lint/govinfo-lint/output"
	"github.com/govinfo-lint/govinfo-lint/parser"
	"github.com/govinfo-lint/govinfo-lint/rules"
)

// lintOpts are the lint flags, shared by the root command and `lint`.
type lintOpts struct {
	format     string
	failOn     string
	disable    []string
	enable     []string
	config     string
	lang       string
	today      string
	deadline   string
	issuerKind string
	jobs       int
	noColor    bool
	summary    string
	limits     limitFlags
}

// limitFlags are the --max-* flags, in MB where the limit is a size.
type limitFlags struct {
	fileMB, textMB, xmlMB, archiveMB int64
	zipEntries, cells                int
}

func (o *lintOpts) register(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVarP(&o.format, "format", "f", "text", "output format: text | json | csv | sarif")
	f.StringVar(&o.failOn, "fail-on", "error", "exit 1 when a finding is at or above: error | warning | note | never")
	f.StringSliceVar(&o.disable, "disable", nil, "rule IDs to turn off (comma-separated; see govinfo-lint rules)")
	f.StringSliceVar(&o.enable, "enable", nil, "rule IDs to turn on even if the config turns them off")
	f.StringVar(&o.config, "config", "", "config file (default: "+ConfigFileName+" found upward from the working folder)")
	f.StringVar(&o.lang, "lang", "zh", "language of messages: zh | en")
	f.StringVar(&o.today, "today", "", "the date that date rules take as today, YYYY-MM-DD (default: the real date)")
	f.StringVar(&o.deadline, "deadline", "", "publication deadline MM-DD for issuers without a statutory one (townships, streets)")
	f.StringVar(&o.issuerKind, "issuer-kind", "", "the issuer's kind when its name does not tell: department | government | township | other")
	f.IntVarP(&o.jobs, "jobs", "j", runtime.NumCPU(), "files checked in parallel")
	f.BoolVar(&o.noColor, "no-color", false, "no colour in text output (NO_COLOR is honoured too)")
	f.StringVar(&o.summary, "summary", "", "also write an Excel workbook of the run to FILE.xlsx")
	f.Int64Var(&o.limits.fileMB, "max-file-size", 0, "largest input file to read, in MB (default 64)")
	f.Int64Var(&o.limits.textMB, "max-text-size", 0, "largest plain-text or web-page input, in MB (default 16)")
	f.Int64Var(&o.limits.xmlMB, "max-xml-size", 0, "largest uncompressed XML part of a .docx, in MB (default 64)")
	f.Int64Var(&o.limits.archiveMB, "max-archive-size", 0, "largest total uncompressed size of a .docx, in MB (default 128)")
	f.IntVar(&o.limits.zipEntries, "max-zip-entries", 0, "most entries in a .docx archive (default 2000)")
	f.IntVar(&o.limits.cells, "max-cells", 0, "most table cells in one document (default 200000)")
	cmd.Flags().SortFlags = false
}

func newLintCmd(e *env) *cobra.Command {
	lo := &lintOpts{}
	cmd := &cobra.Command{
		Use:   "lint [flags] PATH...",
		Short: "检查报告（默认命令） / lint files and folders (the default command)",
		Long: `检查报告文件和文件夹（递归）。- 表示标准输入。
Lint files and folders (walked recursively); - is standard input.`,
		Args: usageArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error { return runLint(cmd, e, lo, args) },
	}
	lo.register(cmd)
	cmd.SetFlagErrorFunc(flagError)
	return cmd
}

// settings is everything a lint run needs, resolved from flags over the config file.
type settings struct {
	format  string
	failOn  rules.Severity
	lang    string
	color   bool
	summary string
	opt     lint.Options
}

// resolve merges the config file and the flags (flags win) and validates every value;
// any error is a usage error.
func (o *lintOpts) resolve(cmd *cobra.Command, e *env, paths []string) (*settings, error) {
	flags := cmd.Flags()
	cfg, err := loadConfig(o.config)
	if err != nil {
		return nil, usagef("%v", err)
	}
	s := &settings{}

	if !slices.Contains(output.Formats, o.format) {
		return nil, usagef("unknown --format %q: want text, json, csv or sarif", o.format)
	}
	s.format = o.format

	sev, ok := rules.ParseSeverity(o.failOn)
	if !ok || (o.failOn != "never" && sev == 0) {
		return nil, usagef("unknown --fail-on %q: want error, warning, note or never", o.failOn)
	}
	s.failOn = sev

	s.lang = pick(flags.Changed("lang"), o.lang, cfg.Lang, "zh")
	if s.lang != "zh" && s.lang != "en" {
		return nil, usagef("unknown --lang %q: want zh or en", s.lang)
	}

	// Rules: the file's lists, then the flags; a flag wins over the file for the same ID.
	disable, enable, severity, err := ruleSelection(cfg, o.disable, o.enable)
	if err != nil {
		return nil, err
	}
	s.opt.Config = rules.Config{Disable: disable, Enable: enable, Severity: severity}

	today := pick(flags.Changed("today"), o.today, cfg.Today, "")
	if today == "" {
		s.opt.Ctx.Today = time.Now()
	} else if s.opt.Ctx.Today, err = time.ParseInLocation("2006-01-02", today, time.Local); err != nil {
		return nil, usagef("bad --today %q: want a real date YYYY-MM-DD, e.g. 2024-03-01", today)
	}
	if dl := pick(flags.Changed("deadline"), o.deadline, cfg.Deadline, ""); dl != "" {
		m, d, ok := parseMonthDay(dl)
		if !ok {
			return nil, usagef("bad --deadline %q: want MM-DD, e.g. 01-31", dl)
		}
		s.opt.Ctx.DeadlineMonth, s.opt.Ctx.DeadlineDay = m, d
	}
	kind := pick(flags.Changed("issuer-kind"), o.issuerKind, cfg.IssuerKind, "")
	if kind != "" && !slices.Contains([]string{"department", "government", "township", "other"}, kind) {
		return nil, usagef("unknown --issuer-kind %q: want department, government, township or other", kind)
	}
	s.opt.Ctx.IssuerKind = kind

	s.opt.Jobs = o.jobs
	if !flags.Changed("jobs") && cfg.Jobs != 0 {
		s.opt.Jobs = cfg.Jobs
	}
	if s.opt.Jobs < 1 {
		return nil, usagef("bad --jobs %d: want 1 or more", s.opt.Jobs)
	}
	if s.opt.Limits, err = o.limits.resolve(flags.Changed, cfg.Limits); err != nil {
		return nil, err
	}

	if o.summary != "" {
		if !strings.EqualFold(filepath.Ext(o.summary), ".xlsx") {
			return nil, usagef("--summary %q: the workbook must be named *.xlsx", o.summary)
		}
		for _, p := range paths {
			if samePath(p, o.summary) {
				return nil, usagef("--summary %q is one of the inputs; inputs are never overwritten", o.summary)
			}
		}
		s.summary = o.summary
	}

	// The NO_COLOR convention (no-color.org): set and not empty.
	noColorEnv := e.getenv("NO_COLOR") != ""
	s.color = s.format == "text" && !o.noColor && !noColorEnv && e.isTerminal(e.stdout)
	if e.isTerminal(e.stderr) && e.getenv("CI") == "" {
		s.opt.Progress = e.stderr
	}
	return s, nil
}

// pick returns the flag's value when it was given, else the config's, else def.
func pick(changed bool, flag, cfg, def string) string {
	switch {
	case changed:
		return flag
	case cfg != "":
		return cfg
	}
	return def
}

// ruleSelection merges the config's disable/enable/severity with the flags'. An ID the
// flags enable is taken off the config's disable list and vice versa, so that rules.Config's
// "Enable wins" never lets the file override the command line.
func ruleSelection(cfg *fileConfig, flagDisable, flagEnable []string) (disable, enable []string, severity map[string]rules.Severity, err error) {
	known := knownRuleIDs()
	check := func(where string, ids []string) error {
		for _, id := range ids {
			if !known[id] {
				return usagef("%s: %s", where, unknownRule(id))
			}
		}
		return nil
	}
	cfgWhere := "config " + cfg.path
	if err := check(cfgWhere+" disable", cfg.Disable); err != nil {
		return nil, nil, nil, err
	}
	if err := check(cfgWhere+" enable", cfg.Enable); err != nil {
		return nil, nil, nil, err
	}
	flagDisable, flagEnable = splitIDs(flagDisable), splitIDs(flagEnable)
	if err := check("--disable", flagDisable); err != nil {
		return nil, nil, nil, err
	}
	if err := check("--enable", flagEnable); err != nil {
		return nil, nil, nil, err
	}
	cfgDisable := slices.Clone(cfg.Disable)
	for id, level := range cfg.Severity {
		if !known[id] {
			return nil, nil, nil, usagef("%s severity: %s", cfgWhere, unknownRule(id))
		}
		sev, ok := rules.ParseSeverity(level)
		if !ok {
			return nil, nil, nil, usagef("%s severity of %s: %q is not error, warning, note or off", cfgWhere, id, level)
		}
		if sev == 0 {
			cfgDisable = append(cfgDisable, id)
			continue
		}
		if severity == nil {
			severity = map[string]rules.Severity{}
		}
		severity[id] = sev
	}
	for _, id := range cfgDisable {
		if !slices.Contains(flagEnable, id) {
			disable = append(disable, id)
		}
	}
	disable = append(disable, flagDisable...)
	for _, id := range cfg.Enable {
		if !slices.Contains(flagDisable, id) {
			enable = append(enable, id)
		}
	}
	enable = append(enable, flagEnable...)
	return disable, enable, severity, nil
}

// splitIDs trims the IDs of --disable/--enable and drops empty ones ("a, b," → a b).
func splitIDs(ids []string) []string {
	var out []string
	for _, id := range ids {
		if id = strings.TrimSpace(id); id != "" {
			out = append(out, id)
		}
	}
	return out
}

func knownRuleIDs() map[string]bool {
	known := map[string]bool{}
	for _, r := range rules.All() {
		known[r.ID] = true
	}
	return known
}

// parseMonthDay reads MM-DD (M-D accepted), a day that exists in some year (02-29 is
// allowed: the deadline is a legal date, it may name a leap day).
func parseMonthDay(s string) (int, int, bool) {
	t, err := time.Parse("2006-1-2", "2024-"+s)
	if err != nil {
		return 0, 0, false
	}
	return int(t.Month()), t.Day(), true
}

func (l limitFlags) resolve(changed func(string) bool, cfg fileLimits) (parser.Limits, error) {
	const mb = 1 << 20
	size := func(flag string, v, c int64) (int64, error) {
		if !changed(flag) {
			v = c
		}
		if v < 0 {
			return 0, usagef("bad --%s %d: want a positive number of MB", flag, v)
		}
		return v * mb, nil
	}
	count := func(flag string, v, c int) (int, error) {
		if !changed(flag) {
			v = c
		}
		if v < 0 {
			return 0, usagef("bad --%s %d: want a positive number", flag, v)
		}
		return v, nil
	}
	var lim parser.Limits
	var err error
	if lim.MaxFileBytes, err = size("max-file-size", l.fileMB, cfg.MaxFileMB); err != nil {
		return lim, err
	}
	if lim.MaxTextBytes, err = size("max-text-size", l.textMB, cfg.MaxTextMB); err != nil {
		return lim, err
	}
	if lim.MaxXMLBytes, err = size("max-xml-size", l.xmlMB, cfg.MaxXMLMB); err != nil {
		return lim, err
	}
	if lim.MaxArchiveBytes, err = size("max-archive-size", l.archiveMB, cfg.MaxArchiveMB); err != nil {
		return lim, err
	}
	if lim.MaxZipEntries, err = count("max-zip-entries", l.zipEntries, cfg.MaxZipEntries); err != nil {
		return lim, err
	}
	if lim.MaxCells, err = count("max-cells", l.cells, cfg.MaxCells); err != nil {
		return lim, err
	}
	if cfg.MaxDepth < 0 || cfg.MaxTables < 0 {
		return lim, usagef("config limits: max_depth and max_tables must be positive")
	}
	lim.MaxDepth, lim.MaxTables = cfg.MaxDepth, cfg.MaxTables
	return lim.WithDefaults(), nil
}

// samePath reports whether a and b name the same file (by path, or by identity when both
// exist).
func samePath(a, b string) bool {
	if a == "-" {
		return false
	}
	if filepath.Clean(a) == filepath.Clean(b) {
		return true
	}
	sa, errA := os.Stat(a)
	sb, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(sa, sb)
}

// isTerminal reports whether w is a terminal (colour and progress are for people only).
func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	return isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())
}

// runLint wires the flags to lint.Run and output.Write. Ctrl-C cancels the run; what was
// done is still written, with a line saying the run was interrupted, and the exit status
// is 1 (an incomplete check is not a pass). A second Ctrl-C ends the process at once.
func runLint(cmd *cobra.Command, e *env, o *lintOpts, paths []string) error {
	s, err := o.resolve(cmd, e, paths)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt)
	defer stop()
	go func() {
		// After the first Ctrl-C, give the signal back: a second one kills at once, for
		// the impatient, while the first lets the workers finish the file in hand.
		<-ctx.Done()
		stop()
	}()
	files, sum, err := lint.Run(ctx, paths, s.opt)
	stop()
	if err != nil {
		return usagef("%v", err)
	}
	oo := output.Options{Lang: s.lang, Color: s.color}
	if err := output.Write(e.stdout, s.format, files, sum, oo); err != nil {
		return &exitError{code: exitFindings, msg: fmt.Sprintf("write output: %v", err)}
	}
	if s.summary != "" {
		if err := output.WriteXLSX(s.summary, files, sum, oo); err != nil {
			return &exitError{code: exitFindings, msg: fmt.Sprintf("write --summary %s: %v", s.summary, err)}
		}
	}
	if sum.Files == 0 && !sum.Interrupted {
		// Not an error (an empty folder is clean), but a wrong path should not pass silently.
		fmt.Fprintln(e.stderr, "govinfo-lint: "+pickLang(s.lang,
			"没有找到可检查的报告文件（.docx、纯文本或网页）",
			"no report found to check (.docx, plain text or web page)"))
	}
	if sum.Interrupted {
		return &exitError{code: exitFindings, msg: pickLang(s.lang,
			"已中断：只检查了部分文件，以上为已完成的结果",
			"interrupted: only part of the files were checked; the output above is what was done")}
	}
	if s.failOn > 0 {
		for _, f := range files {
			for _, fd := range f.Findings {
				if fd.Severity >= s.failOn {
					return &exitError{code: exitFindings}
				}
			}
		}
	}
	return nil
}

func pickLang(lang, zh, en string) string {
	if lang == "en" {
		return en
	}
	return zh
}
