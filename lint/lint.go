// Package lint runs govinfo-lint over files and folders, as an auditor checks a whole
// county at once: walking folders, skipping what is clearly not a report, linting in
// parallel with results in a stable order, a progress bar, and the checks that need two
// consecutive years of the same issuer.
//
// Decisions, so that the behaviour can be relied on:
//
//   - Folders are walked recursively in lexical order. Symbolic links to files are
//     followed; symbolic links to folders are followed too, but every folder is walked at
//     most once (tracked by device and inode on Unix), so a link loop ends at once and a
//     folder linked twice is not linted twice. Where the platform gives no inode, folder
//     links are not followed. A file reached twice (a link, a hard link, or given both
//     explicitly and inside a folder) is linted once, under the first path seen.
//   - Hidden folders (.git …) and __MACOSX are not entered.
//   - Inside folders, files that are clearly not reports by their name are skipped and
//     counted in Summary.Skipped: Word/WPS lock files (~$x.docx, .~x.docx), hidden and OS
//     files (.DS_Store, Thumbs.db, desktop.ini), images, spreadsheets, presentations,
//     archives, executables, audio and video, temporary files. Everything else is read and
//     judged by its content, so a .pdf, a legacy .doc or a .wps beside the reports gets
//     input-unreadable with its reason ("save it as .docx"): an auditor must learn that a
//     report was not checked, not find it silently missing. A file given explicitly on the
//     command line is always read, whatever its name.
//   - A folder that cannot be opened, a path that does not exist and a broken link named
//     like a report each become one result with input-unreadable (counted in Files and
//     Unreadable: reports in it went unchecked), and the run goes on.
//   - Memory: workers hold one report each; what is kept per file is its FileResult and
//     its YearFacts, with every string copied out of the document (about 1–2 KiB per
//     report), and the YearFacts are dropped once the cross-year checks are done.
//   - Results are sorted by path, component by component (the order of a folder walk), so
//     the output is the same for any number of jobs.
//   - Across years: reports are grouped by rules.NormalizeIssuer of their issuer; each
//     report of year Y is compared with every report of the same issuer for Y−1. When an
//     issuer has two files for one year (a .docx and its .txt, a draft and a final) each
//     pair is compared and identical findings are given once, so nothing is hidden by
//     picking one at random.
//   - Ctrl-C (ctx cancelled): no new file is started, files being read are finished, and
//     the results done so far are returned, sorted, with Summary.Interrupted.
package lint

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/govinfo-lint/govinfo-lint/output"
	"github.com/govinfo-lint/govinfo-lint/parser"
	"github.com/govinfo-lint/govinfo-lint/parser/input"
	"github.com/govinfo-lint/govinfo-lint/rules"
)

// Options say how to run.
type Options struct {
	// Jobs is how many files are read at once; 0 or less means runtime.NumCPU().
	Jobs     int
	Limits   parser.Limits
	Ctx      rules.Context
	Config   rules.Config
	Progress io.Writer // nil: no progress bar
	// Stdin is what the path "-" reads; nil means os.Stdin.
	Stdin io.Reader
}

// StdinName is the path that stands for standard input.
const StdinName = "-"

// Run lints every report under paths and returns one result per file, sorted by path,
// with the run's counts. Files that cannot be read are results with input-unreadable, not
// errors: the only error is having nothing to lint.
func Run(ctx context.Context, paths []string, opt Options) ([]output.FileResult, output.Summary, error) {
	if len(paths) == 0 {
		return nil, output.Summary{}, errors.New("no file or folder given / 未指定文件或文件夹")
	}
	w := newWalker(ctx)
	for _, p := range paths {
		w.add(p)
	}
	var sum output.Summary
	sum.Skipped = w.skipped

	jobs := w.jobs
	results := make([]output.FileResult, len(jobs))
	facts := make([]*rules.YearFacts, len(jobs))
	done := make([]bool, len(jobs))

	var bar *progress
	if opt.Progress != nil && len(jobs) > 0 {
		bar = startProgress(opt.Progress, len(jobs))
	}
	lintAll(ctx, jobs, &opt, results, facts, done, bar)
	if bar != nil {
		bar.stop()
	}

	// Keep only what was done, in job order (the walker's order is not yet the final one:
	// explicit paths come in the user's order).
	out := make([]output.FileResult, 0, len(jobs)+len(w.notes))
	keptFacts := make([]*rules.YearFacts, 0, len(jobs))
	for i := range jobs {
		if !done[i] {
			sum.Interrupted = true
			continue
		}
		out = append(out, results[i])
		keptFacts = append(keptFacts, facts[i])
	}
	if w.interrupted {
		sum.Interrupted = true
	}
	// Folder notes have no facts; they go after the files so that indices stay aligned
	// with keptFacts until the cross-year pass is done.
	checkAcrossYears(out[:len(keptFacts)], keptFacts, &opt.Ctx, &opt.Config)
	out = append(out, w.notes...)
	slices.SortStableFunc(out, func(a, b output.FileResult) int { return comparePaths(a.File, b.File) })

	sum.Files = len(out)
	for i := range out {
		if out[i].Error != nil {
			sum.Unreadable++
		}
		e, w, n := out[i].Counts()
		sum.Errors += e
		sum.Warnings += w
		sum.Notes += n
	}
	return out, sum, nil
}

// lintAll feeds job indices to a fixed pool of workers through a small channel, so that
// thousands of files never mean thousands of goroutines or documents in memory: each
// worker holds one report at a time and keeps only its FileResult and YearFacts.
func lintAll(ctx context.Context, jobs []job, opt *Options, results []output.FileResult, facts []*rules.YearFacts, done []bool, bar *progress) {
	n := opt.Jobs
	if n <= 0 {
		n = runtime.NumCPU()
	}
	if n > len(jobs) {
		n = len(jobs)
	}
	if n == 0 {
		return
	}
	ch := make(chan int, n)
	var wg sync.WaitGroup
	var completed atomic.Int64
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range ch {
				if ctx.Err() != nil {
					continue // abandon: Ctrl-C came while this job waited
				}
				results[i], facts[i] = lintOne(jobs[i], opt)
				done[i] = true
				if bar != nil {
					bar.set(int(completed.Add(1)))
				}
			}
		}()
	}
dispatch:
	for i := range jobs {
		select {
		case <-ctx.Done():
			break dispatch
		case ch <- i:
		}
	}
	close(ch)
	wg.Wait()
}

// loadFile is input.LoadFile; a variable so that a test can make a reader panic.
var loadFile = input.LoadFile

// lintOne reads, checks and forgets one report. Nothing panics out of it: a panic in a
// reader or a rule makes the file input-unreadable and the batch goes on.
func lintOne(j job, opt *Options) (res output.FileResult, facts *rules.YearFacts) {
	defer func() {
		if p := recover(); p != nil {
			res = unreadable(j.path, &input.Error{
				Kind: "panic",
				ZH:   fmt.Sprintf("读取或检查时出现内部错误（%v），此文件未检查；请将文件发送给开发者", p),
				EN:   fmt.Sprintf("internal error while reading or checking (%v); the file was not checked, please send it to the developers", p),
			})
			facts = nil
		}
	}()
	var (
		r   *parser.Report
		err error
	)
	if j.stdin {
		r, err = readStdin(opt)
	} else {
		r, err = loadFile(j.path, opt.Limits)
	}
	if err != nil {
		return unreadable(j.path, err), nil
	}
	if r == nil {
		return unreadable(j.path, &input.Error{Kind: "corrupt", ZH: "无法识别为年度报告", EN: "not recognised as an annual report"}), nil
	}
	r.File = j.path
	findings := rules.Run(r, &opt.Ctx, &opt.Config)
	res = output.FileResult{
		File:     j.path,
		Input:    r.Input,
		Layout:   r.Layout,
		Year:     r.Year,
		Issuer:   strings.Clone(r.Issuer),
		Findings: compactFindings(findings),
	}
	return res, keepFacts(rules.Facts(r))
}

// keepFacts keeps a report's YearFacts only when another year could be compared with it:
// a report without a year, an issuer or the rows the checks compare never pairs, so its
// facts would be memory spent for nothing.
func keepFacts(f *rules.YearFacts) *rules.YearFacts {
	if f == nil || f.Year == 0 || (strings.TrimSpace(f.Key) == "" && strings.TrimSpace(f.Issuer) == "") {
		return nil
	}
	if f.CarriedOver == nil && f.CarriedForward == nil && f.Table2 == nil {
		return nil
	}
	return compactFacts(f)
}

// readStdin reads standard input up to the file size limit (one byte more, so that the
// reader can tell a file that is too large).
func readStdin(opt *Options) (*parser.Report, error) {
	in := opt.Stdin
	if in == nil {
		in = os.Stdin
	}
	lim := opt.Limits.WithDefaults()
	data, err := io.ReadAll(io.LimitReader(in, lim.MaxFileBytes+1))
	if err != nil {
		return nil, &input.Error{
			Kind: "io",
			ZH:   fmt.Sprintf("无法读取标准输入：%v", err),
			EN:   fmt.Sprintf("cannot read standard input: %v", err),
		}
	}
	return input.Read(StdinName, data, opt.Limits)
}

// unreadable is the result of a file that could not be read: its one-line reason and
// the input-unreadable finding.
func unreadable(path string, err error) output.FileResult {
	var ie *input.Error
	text := rules.Text{ZH: err.Error(), EN: err.Error()}
	if errors.As(err, &ie) {
		text = rules.Text{ZH: ie.ZH, EN: ie.EN}
	}
	return output.FileResult{
		File:     path,
		Error:    &text,
		Findings: []rules.Finding{rules.Unreadable(err, path)},
	}
}
