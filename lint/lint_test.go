package lint

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/govinfo-lint/govinfo-lint/output"
	"github.com/govinfo-lint/govinfo-lint/parser"
	"github.com/govinfo-lint/govinfo-lint/rules"
)

// byName finds the result of the file whose slash path ends with suffix.
func byName(t *testing.T, files []output.FileResult, suffix string) output.FileResult {
	t.Helper()
	for _, f := range files {
		if strings.HasSuffix(filepath.ToSlash(f.File), suffix) {
			return f
		}
	}
	t.Fatalf("no result for %s", suffix)
	return output.FileResult{}
}

func findingsOf(f output.FileResult, rule string) []rules.Finding {
	var out []rules.Finding
	for _, fd := range f.Findings {
		if fd.Rule == rule {
			out = append(out, fd)
		}
	}
	return out
}

// TestRunCountyEndToEnd lints the county tree with the real readers and rules: the two
// years of 连生乡 are read, paired by issuer (not by file name) and the 2023 report's
// 上年结转 (0) is found not to match 2022's 结转下年度继续办理 (2). The copy without an
// extension is a second 2023 report of the same issuer and gets the finding too. The
// broken .docx and the PDF are unreadable. --jobs 1 and 8 give the same results.
func TestRunCountyEndToEnd(t *testing.T) {
	root, _, skipped := countyTree(t)
	opt := Options{Jobs: 1}
	files1, sum1, err := Run(context.Background(), []string{root}, opt)
	if err != nil {
		t.Fatal(err)
	}
	opt.Jobs = 8
	files8, sum8, err := Run(context.Background(), []string{root}, opt)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(files1, files8) || sum1 != sum8 {
		t.Fatalf("--jobs 1 and --jobs 8 differ:\n%+v\n%+v", sum1, sum8)
	}

	y2022 := byName(t, files1, "2022年/连生乡人民政府2022年政府信息公开工作年度报告.txt")
	y2023 := byName(t, files1, "乡镇/连生乡人民政府2023年政府信息公开工作年度报告.txt")
	noExt := byName(t, files1, "部门/无扩展名报告")
	for _, f := range []output.FileResult{y2022, y2023, noExt} {
		if f.Error != nil || f.Input != parser.InputText || f.Issuer != "绥滨县连生乡人民政府" {
			t.Errorf("%s: want a text report of 绥滨县连生乡人民政府, got input %q issuer %q error %v", f.File, f.Input, f.Issuer, f.Error)
		}
	}
	if y2022.Year != 2022 || y2023.Year != 2023 {
		t.Errorf("years %d, %d; want 2022, 2023", y2022.Year, y2023.Year)
	}
	if got := findingsOf(y2022, "carryover-mismatch"); len(got) != 0 {
		t.Errorf("2022 has no earlier year in the folder, yet: %+v", got)
	}
	for _, f := range []output.FileResult{y2023, noExt} {
		got := findingsOf(f, "carryover-mismatch")
		if len(got) != 1 {
			t.Fatalf("%s: %d carryover-mismatch findings, want 1: %+v", f.File, len(got), f.Findings)
		}
		fd := got[0]
		if fd.Expected != "2" || fd.Actual != "0" || fd.Where.Row != "carried_over" || fd.Severity != rules.Warning {
			t.Errorf("%s: carryover-mismatch %+v; want 二 expected 2, actual 0", f.File, fd)
		}
		// Still in the order rules.Run gives: by line.
		for i := 1; i < len(f.Findings); i++ {
			if f.Findings[i-1].Where.Line > f.Findings[i].Where.Line {
				t.Errorf("%s: findings out of order after adding cross-year ones: %+v", f.File, f.Findings)
				break
			}
		}
	}
	for _, name := range []string{"县发改局2023年年度报告.docx", "县财政局2023年年度报告.pdf"} {
		f := byName(t, files1, name)
		if f.Error == nil || len(f.Findings) != 1 || f.Findings[0].Rule != "input-unreadable" {
			t.Errorf("%s: want input-unreadable, got %+v", name, f)
		}
	}
	if pdf := byName(t, files1, ".pdf"); !strings.Contains(pdf.Error.ZH, "docx") {
		t.Errorf("the PDF's reason %q should say to get the .docx", pdf.Error.ZH)
	}
	wantUnreadable := 2
	if os.Geteuid() != 0 {
		wantUnreadable++ // the locked folder
	}
	if sum1.Unreadable != wantUnreadable || sum1.Skipped != skipped || sum1.Files != len(files1) {
		t.Errorf("summary %+v; want Unreadable %d, Skipped %d, Files %d", sum1, wantUnreadable, skipped, len(files1))
	}
	var e, w, n int
	for _, f := range files1 {
		for _, fd := range f.Findings {
			switch fd.Severity {
			case rules.Error:
				e++
			case rules.Warning:
				w++
			case rules.Note:
				n++
			}
		}
	}
	if sum1.Errors != e || sum1.Warnings != w || sum1.Notes != n {
		t.Errorf("summary counts %d/%d/%d, findings say %d/%d/%d", sum1.Errors, sum1.Warnings, sum1.Notes, e, w, n)
	}
}

// TestRunAcrossYearsNeedsSameIssuer: the same two reports, but the 2022 one of another
// township, are not compared.
func TestRunAcrossYearsNeedsSameIssuer(t *testing.T) {
	dir := t.TempDir()
	r2022 := readTestdata(t, "连生乡-2022.txt")
	r2023 := readTestdata(t, "连生乡-2023.txt")
	other := strings.ReplaceAll(string(r2022), "连生乡", "富强乡")
	writeFile(t, filepath.Join(dir, "a", "2022.txt"), []byte(other))
	writeFile(t, filepath.Join(dir, "b", "2023.txt"), r2023)
	// Same issuer written differently (full-width spaces, 政府 for 人民政府) still pairs.
	writeFile(t, filepath.Join(dir, "c", "2022.txt"), []byte(strings.Replace(string(r2022), "绥滨县连生乡人民政府", "绥滨县　连生乡政府", 1)))
	files, _, err := Run(context.Background(), []string{filepath.Join(dir, "a"), filepath.Join(dir, "b")}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := findingsOf(byName(t, files, "b/2023.txt"), "carryover-mismatch"); len(got) != 0 {
		t.Errorf("reports of two issuers compared: %+v", got)
	}
	files, _, err = Run(context.Background(), []string{filepath.Join(dir, "c"), filepath.Join(dir, "b")}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := byName(t, files, "c/2022.txt")
	if rules.NormalizeIssuer(c.Issuer) != rules.NormalizeIssuer("绥滨县连生乡人民政府") {
		t.Skipf("issuer read as %q: normalisation does not pair it; nothing to test here", c.Issuer)
	}
	if got := findingsOf(byName(t, files, "b/2023.txt"), "carryover-mismatch"); len(got) != 1 {
		t.Errorf("same issuer written differently not paired: %+v", got)
	}
}

func TestRunStdin(t *testing.T) {
	data := readTestdata(t, "连生乡-2023.txt")
	files, sum, err := Run(context.Background(), []string{"-"}, Options{Stdin: strings.NewReader(string(data))})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 1 || files[0].File != "-" || files[0].Error != nil || files[0].Year != 2023 {
		t.Fatalf("stdin: %+v", files)
	}
	if sum.Files != 1 || sum.Unreadable != 0 {
		t.Errorf("summary %+v", sum)
	}
}

// TestRunPanicIsUnreadable: a reader that panics costs one file, not the batch.
func TestRunPanicIsUnreadable(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "坏.txt"), []byte("x"))
	writeFile(t, filepath.Join(dir, "好.txt"), readTestdata(t, "连生乡-2023.txt"))
	real := loadFile
	defer func() { loadFile = real }()
	loadFile = func(path string, lim parser.Limits) (*parser.Report, error) {
		if strings.HasSuffix(path, "坏.txt") {
			panic("boom")
		}
		return real(path, lim)
	}
	files, sum, err := Run(context.Background(), []string{dir}, Options{Jobs: 2})
	if err != nil {
		t.Fatal(err)
	}
	bad, good := byName(t, files, "坏.txt"), byName(t, files, "好.txt")
	if bad.Error == nil || !strings.Contains(bad.Error.ZH, "boom") || bad.Findings[0].Rule != "input-unreadable" {
		t.Errorf("panicking file: %+v", bad)
	}
	if good.Error != nil || good.Year != 2023 {
		t.Errorf("the other file suffered: %+v", good)
	}
	if sum.Unreadable != 1 {
		t.Errorf("Unreadable = %d, want 1", sum.Unreadable)
	}
}

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "batch", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func writeFile(t testing.TB, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestRunKeepsLittlePerReport: a batch keeps the small results, never the documents.
// Forty 120 KB web pages are linted; what the results still hold afterwards must be a
// few KiB per report, far below one page (a string sliced out of a document would keep
// the whole page alive).
func TestRunKeepsLittlePerReport(t *testing.T) {
	if testing.Short() {
		t.Skip("measures the heap")
	}
	dir := t.TempDir()
	page := string(readTestdata(t, "县发改局-2023.html"))
	const n = 40
	for i := range n {
		writeFile(t, filepath.Join(dir, strconv.Itoa(i)+".html"), []byte(strings.ReplaceAll(page, "临江", uniqueName(i))))
	}
	ctx := context.Background()
	var m0, m1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	files, sum, err := Run(ctx, []string{dir}, Options{Jobs: 2})
	if err != nil || sum.Unreadable != 0 || len(files) != n {
		t.Fatalf("%d files, %+v, %v", len(files), sum, err)
	}
	runtime.GC()
	runtime.ReadMemStats(&m1)
	kept := (int64(m1.HeapAlloc) - int64(m0.HeapAlloc)) / n
	runtime.KeepAlive(files)
	if kept > int64(len(page))/4 {
		t.Errorf("results keep %d bytes per report; a page is %d bytes: documents are being held", kept, len(page))
	}
	t.Logf("kept %d bytes per report", kept)
}
