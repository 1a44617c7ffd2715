// Command govinfo-lint checks 政府信息公开工作年度报告 (the annual government information
// disclosure reports of Chinese administrative bodies) against the official format: the six
// sections, the arithmetic of 表二/表三/表四, dates, years, and what the narrative says.
//
// This package is wiring only: cobra commands and flags, the config file, terminal
// detection, exit statuses. Reading, checking, walking and writing live in parser/, rules/,
// lint/ and output/.
//
// Exit statuses (shared/spec/CONTRACT.md):
//
//	0  no finding at or above --fail-on
//	1  a finding at or above --fail-on (an unreadable input is an error finding), or the run
//	   was interrupted (Ctrl-C) before every file was checked: an incomplete check is not a pass
//	2  usage error: unknown flag, command or rule ID, bad date, bad config file
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
)

func main() {
	tuneGC()
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// tuneGC trades a little memory for speed. A batch makes short-lived garbage for every
// file; GOGC=200 measured ~5-10% less CPU than the default on a 1 000-report folder, with
// peak RSS ~50 MB instead of ~33 MB (GOGC=400 saved a little more CPU but reached 88 MiB on
// 7 200 reports, too close to the 100 MiB goal of issue 6). The soft limit of 60 MiB makes
// the collector work harder rather than let a huge folder grow past it. The user's own
// GOGC / GOMEMLIMIT, when set, win.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(200)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(60 << 20)
	}
}

// Exit statuses.
const (
	exitOK       = 0
	exitFindings = 1
	exitUsage    = 2
)

// exitError carries an exit status up through cobra. A usage error's message is printed on
// one line; a findings status has no message (the output said it all).
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &exitError{code: exitUsage, msg: fmt.Sprintf(format, args...)}
}

// env is what a command may see of the process, so that tests can run it in-process.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	// isTerminal says whether a writer is a terminal (colour, progress, template's refusal).
	isTerminal func(w any) bool
}

// run executes the command line args and returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, getenv: os.Getenv, isTerminal: isTerminal}
	return e.run(context.Background(), args)
}

// run executes args in e; ctx stands for the process (tests cancel it to play Ctrl-C).
func (e *env) run(ctx context.Context, args []string) int {
	stderr := e.stderr
	root := newRootCmd(e)
	root.SetArgs(args)
	root.SetIn(e.stdin)
	root.SetOut(e.stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.msg != "" {
			fmt.Fprintln(stderr, "govinfo-lint: "+ee.msg)
		}
		return ee.code
	}
	// Anything cobra itself rejects (unknown command, bad flag value) is a usage error.
	fmt.Fprintln(stderr, "govinfo-lint: "+err.Error())
	return exitUsage
}

func newRootCmd(e *env) *cobra.Command {
	lo := &lintOpts{}
	root := &cobra.Command{
		Use:   "govinfo-lint [flags] PATH...",
		Short: "检查政府信息公开工作年度报告 / lint annual government information disclosure reports",
		Long: `govinfo-lint 检查政府信息公开工作年度报告（.docx、纯文本、网页）是否符合国办规定的格式：
六个部分、表二/表三/表四的勾稽关系、落款日期、年度、正文与表格是否一致。

govinfo-lint checks annual government information disclosure reports (.docx, plain text,
web pages) against the official format. PATH may be a file, a folder (walked recursively)
or - for standard input. Running without a command is the same as "govinfo-lint lint".

Settings may also come from a .govinfo-lint.yaml in the working folder or above it
(or --config FILE); flags win over it. See docs/config.md.

Exit status: 0 no finding at or above --fail-on; 1 there is one (or the run was
interrupted by Ctrl-C); 2 usage error.`,
		Args:          cobra.ArbitraryArgs,
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       version(),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usagef("no file or folder given; try: govinfo-lint report.docx (see govinfo-lint --help) / 未指定要检查的文件或文件夹")
			}
			if err := mistypedCommand(cmd, args[0]); err != nil {
				return err
			}
			return runLint(cmd, e, lo, args)
		},
	}
	root.SetVersionTemplate("{{.Version}}\n")
	lo.register(root)
	root.SetFlagErrorFunc(flagError)
	root.AddCommand(newLintCmd(e), newExtractCmd(e), newRulesCmd(e), newExplainCmd(e), newTemplateCmd(e), newVersionCmd(e))
	root.CompletionOptions.HiddenDefaultCmd = true
	return root
}

// flagError turns cobra's flag parsing errors into usage errors (exit 2).
func flagError(cmd *cobra.Command, err error) error {
	return usagef("%v (see %s --help)", err, cmd.CommandPath())
}

// noArgsCheck makes cobra's argument validators usage errors.
func usageArgs(v cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := v(cmd, args); err != nil {
			return usagef("%v (see %s --help)", err, cmd.CommandPath())
		}
		return nil
	}
}

// mistypedCommand catches `govinfo-lint explian x`: the root command lints paths, so a
// misspelt command would otherwise be linted as a missing file. A first argument that does
// not exist, looks like a word rather than a path, and is close to a command's name is a
// usage error with a suggestion.
func mistypedCommand(root *cobra.Command, arg string) error {
	if arg == "-" || strings.ContainsAny(arg, `./\`) {
		return nil
	}
	if _, err := os.Stat(arg); err == nil {
		return nil
	}
	for _, c := range root.Commands() {
		if c.Hidden || c.Name() == "help" {
			continue
		}
		if editDistance(strings.ToLower(arg), c.Name()) <= 2 {
			return usagef("unknown command %q; did you mean %s? (to lint a file of that name, write ./%s)", arg, c.Name(), arg)
		}
	}
	return nil
}
