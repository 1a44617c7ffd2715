package lint

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/govinfo-lint/govinfo-lint/output"
)

// countyTree builds, in a temporary folder, what an auditor's folder looks like: reports
// nested by year with Chinese names, Word and WPS lock files, spreadsheets and images
// beside them, a scanned PDF, a broken .docx, a symlink loop, a hidden .git folder and,
// when not running as root, a folder nobody may open. It returns the root and the files
// that must be linted (relative, slash-separated, in walk order).
func countyTree(t testing.TB) (root string, want []string, skipped int) {
	t.Helper()
	root = t.TempDir()
	r2022, err := os.ReadFile(filepath.Join("..", "testdata", "batch", "连生乡-2022.txt"))
	if err != nil {
		t.Fatal(err)
	}
	r2023, err := os.ReadFile(filepath.Join("..", "testdata", "batch", "连生乡-2023.txt"))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{
		"2022年/连生乡人民政府2022年政府信息公开工作年度报告.txt":    r2022,
		"2022年/~$连生乡人民政府2022年政府信息公开工作年度报告.docx": []byte("\x0cWPS lock"),
		"2022年/附件1 统计表.xls": []byte("\xd0\xcf\x11\xe0 not a report"),
		"2022年/封面.png":      []byte("\x89PNG\r\n\x1a\n"),
		"2023年/乡镇/连生乡人民政府2023年政府信息公开工作年度报告.txt":    r2023,
		"2023年/乡镇/.~连生乡人民政府2023年政府信息公开工作年度报告.docx": []byte("lock"),
		"2023年/乡镇/Thumbs.db":          []byte("thumbs"),
		"2023年/乡镇/.DS_Store":          []byte("ds"),
		"2023年/部门/县发改局2023年年度报告.docx": []byte("PK\x03\x04 truncated zip"),
		"2023年/部门/县财政局2023年年度报告.pdf":  []byte("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"),
		"2023年/部门/汇总.et":              []byte("et"),
		"2023年/部门/报告.zip":             []byte("PK\x05\x06"),
		"2023年/部门/无扩展名报告":             r2023,
		".git/config":                 []byte("[core]"),
	}
	for name, data := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A loop: 2023年/乡镇/回到上级 → 2023年.
	if err := os.Symlink(filepath.Join(root, "2023年"), filepath.Join(root, "2023年", "乡镇", "回到上级")); err != nil {
		t.Fatal(err)
	}
	// A link to a report elsewhere in the tree: the same file, linted once.
	if err := os.Symlink(filepath.Join(root, "2022年", "连生乡人民政府2022年政府信息公开工作年度报告.txt"),
		filepath.Join(root, "2023年", "部门", "上年报告（链接）.txt")); err != nil {
		t.Fatal(err)
	}
	want = []string{
		"2022年/连生乡人民政府2022年政府信息公开工作年度报告.txt",
		"2023年/乡镇/连生乡人民政府2023年政府信息公开工作年度报告.txt",
		"2023年/部门/县发改局2023年年度报告.docx",
		"2023年/部门/县财政局2023年年度报告.pdf",
		"2023年/部门/无扩展名报告",
	}
	// Two lock files (~$, .~), .xls, .png, Thumbs.db, .DS_Store, .et, .zip. Not counted:
	// the hidden .git folder (not entered), the loop and the link to a report already seen.
	skipped = 8
	if os.Geteuid() != 0 && runtime.GOOS != "windows" {
		locked := filepath.Join(root, "2023年", "封存")
		if err := os.MkdirAll(locked, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(locked, "报告.txt"), r2023, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(locked, 0); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(locked, 0o755) })
	}
	return root, want, skipped
}

func rel(t testing.TB, root, p string) string {
	t.Helper()
	r, err := filepath.Rel(root, p)
	if err != nil {
		t.Fatal(err)
	}
	return filepath.ToSlash(r)
}

func TestWalkCountyTree(t *testing.T) {
	root, want, skipped := countyTree(t)
	w := newWalker(context.Background())
	w.add(root)
	var got []string
	for _, j := range w.jobs {
		got = append(got, rel(t, root, j.path))
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("files to lint:\n got %q\nwant %q", got, want)
	}
	if w.skipped != skipped {
		t.Errorf("skipped = %d, want %d", w.skipped, skipped)
	}
	var notes []string
	for _, n := range w.notes {
		notes = append(notes, rel(t, root, n.File))
		if n.Error == nil || len(n.Findings) != 1 {
			t.Errorf("note %s: want an error and one finding, got %+v", n.File, n)
		}
	}
	var wantNotes []string
	if os.Geteuid() != 0 {
		wantNotes = []string{"2023年/封存"}
	}
	if !reflect.DeepEqual(notes, wantNotes) {
		t.Errorf("notes = %q, want %q", notes, wantNotes)
	}
	if os.Geteuid() != 0 && !strings.Contains(w.notes[0].Error.ZH, "文件夹") {
		t.Errorf("unreadable folder reason %q should say 文件夹", w.notes[0].Error.ZH)
	}
}

func TestWalkExplicitPaths(t *testing.T) {
	root, _, _ := countyTree(t)
	lock := filepath.Join(root, "2022年", "~$连生乡人民政府2022年政府信息公开工作年度报告.docx")
	report := filepath.Join(root, "2022年", "连生乡人民政府2022年政府信息公开工作年度报告.txt")
	missing := filepath.Join(root, "没有这个文件.docx")
	w := newWalker(context.Background())
	// An explicit file is read whatever its name; a file given twice, or given and also
	// found in a folder, is linted once; "-" is standard input; a missing path is a note.
	for _, p := range []string{lock, report, "-", report, filepath.Join(root, "2022年"), "-", missing} {
		w.add(p)
	}
	var got []string
	for _, j := range w.jobs {
		if j.stdin {
			got = append(got, "-")
			continue
		}
		got = append(got, rel(t, root, j.path))
	}
	want := []string{"2022年/~$连生乡人民政府2022年政府信息公开工作年度报告.docx", "2022年/连生乡人民政府2022年政府信息公开工作年度报告.txt", "-"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("jobs = %q, want %q", got, want)
	}
	if len(w.notes) != 1 || w.notes[0].File != missing || !strings.Contains(w.notes[0].Error.ZH, "找不到") {
		t.Errorf("notes = %+v, want one 找不到 for %s", w.notes, missing)
	}
}

func TestSkipFile(t *testing.T) {
	for _, tc := range []struct {
		name string
		skip bool
	}{
		{"~$报告.docx", true},
		{".~报告.docx", true},
		{"~WRL0001.tmp", true},
		{"Thumbs.db", true},
		{"desktop.ini", true},
		{".DS_Store", true},
		{"._报告.docx", true},
		{"统计表.XLSX", true},
		{"数据.csv", true},
		{"照片.JPG", true},
		{"材料.rar", true},
		{"setup.exe", true},
		{"报告.docx", false},
		{"报告.DOC", false},
		{"报告.wps", false},
		{"报告.pdf", false},
		{"报告.txt", false},
		{"报告.html", false},
		{"报告.htm", false},
		{"报告.md", false},
		{"报告", false},
		{"报告.ofd", false},
	} {
		if got := skipFile(tc.name); got != tc.skip {
			t.Errorf("skipFile(%q) = %v, want %v", tc.name, got, tc.skip)
		}
	}
}

func TestComparePaths(t *testing.T) {
	sep := string(os.PathSeparator)
	in := []string{
		"b.txt",
		"a-b.txt",
		"a" + sep + "z.txt",
		"a.txt",
		"a" + sep + "b" + sep + "c.txt",
		"-",
		"2023年" + sep + "乡镇" + sep + "x.txt",
		"2023年" + sep + "部门" + sep + "x.txt",
		"2022年" + sep + "x.txt",
	}
	want := []string{
		"-",
		"2022年" + sep + "x.txt",
		"2023年" + sep + "乡镇" + sep + "x.txt",
		"2023年" + sep + "部门" + sep + "x.txt",
		"a" + sep + "b" + sep + "c.txt",
		"a" + sep + "z.txt",
		"a-b.txt",
		"a.txt",
		"b.txt",
	}
	got := slices.Clone(in)
	slices.SortFunc(got, comparePaths)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("sorted:\n got %q\nwant %q", got, want)
	}
}

func TestRunSameForAnyJobs(t *testing.T) {
	root, want, skipped := countyTree(t)
	var first []string
	for _, jobs := range []int{1, 8} {
		files, sum, err := Run(context.Background(), []string{root}, Options{Jobs: jobs})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range files {
			got = append(got, rel(t, root, f.File))
		}
		if first == nil {
			first = got
			// Every file to lint, plus the locked folder's note, in path order.
			wantAll := slices.Clone(want)
			if os.Geteuid() != 0 {
				wantAll = append(wantAll, "2023年/封存")
			}
			slices.SortFunc(wantAll, comparePaths)
			if !reflect.DeepEqual(got, wantAll) {
				t.Errorf("jobs %d: files\n got %q\nwant %q", jobs, got, wantAll)
			}
		} else if !reflect.DeepEqual(got, first) {
			t.Errorf("jobs %d gives another order:\n%q\n%q", jobs, got, first)
		}
		if sum.Skipped != skipped || sum.Files != len(got) || sum.Interrupted {
			t.Errorf("jobs %d: summary %+v; want Skipped %d, Files %d", jobs, sum, skipped, len(got))
		}
		for _, f := range files {
			switch filepath.Ext(f.File) {
			case ".pdf", ".docx":
				if f.Error == nil || len(f.Findings) == 0 || f.Findings[0].Rule != "input-unreadable" {
					t.Errorf("%s: want input-unreadable, got %+v", f.File, f)
				}
			}
		}
	}
}

// TestRunInterrupted cancels the run while the first file is being read (standard input
// cancels as it is read): that file is finished, no other file is started, and the run
// says it was interrupted.
func TestRunInterrupted(t *testing.T) {
	root, _, _ := countyTree(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stdin := &cancelReader{cancel: cancel, data: []byte("2023年政府信息公开工作年度报告\n")}
	files, sum, err := Run(ctx, []string{"-", root}, Options{Jobs: 1, Stdin: stdin})
	if err != nil {
		t.Fatal(err)
	}
	if !sum.Interrupted {
		t.Errorf("Interrupted = false, want true")
	}
	for _, f := range files {
		if f.File != "-" && f.Error == nil {
			t.Errorf("%s was linted after Ctrl-C", f.File)
		}
	}
	if !slices.ContainsFunc(files, func(f output.FileResult) bool { return f.File == "-" && f.Error == nil }) {
		t.Errorf("the file in flight must be finished and returned; got %+v", files)
	}

	// Cancelled before it starts: nothing is linted.
	files, sum, err = Run(ctx, []string{root}, Options{Jobs: 4})
	if err != nil {
		t.Fatal(err)
	}
	if !sum.Interrupted || len(files) != 0 {
		t.Errorf("cancelled run: %d files, Interrupted %v", len(files), sum.Interrupted)
	}
}

type cancelReader struct {
	cancel func()
	data   []byte
}

func (r *cancelReader) Read(p []byte) (int, error) {
	r.cancel()
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

func TestRunNoPaths(t *testing.T) {
	if _, _, err := Run(context.Background(), nil, Options{}); err == nil {
		t.Error("Run with no paths: want an error")
	}
}

func TestProgress(t *testing.T) {
	for _, tc := range []struct {
		n, total int
		elapsed  time.Duration
		want     string
	}{
		{0, 300, 0, "[                        ] 0/300 文件 00:00"},
		{120, 300, 3 * time.Second, "[#########               ] 120/300 文件 00:03"},
		{300, 300, 61 * time.Minute, "[########################] 300/300 文件 1:01:00"},
	} {
		if got := progressLine(tc.n, tc.total, tc.elapsed); got != tc.want {
			t.Errorf("progressLine(%d, %d) = %q, want %q", tc.n, tc.total, got, tc.want)
		}
	}
	root, _, _ := countyTree(t)
	var buf bytes.Buffer
	if _, _, err := Run(context.Background(), []string{root}, Options{Jobs: 2, Progress: &buf}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.HasPrefix(out, "\r[") || !strings.Contains(out, " 文件 ") {
		t.Errorf("progress output %q: want a bar", out)
	}
	if !strings.HasSuffix(out, strings.Repeat(" ", output.DisplayWidth(progressLine(0, 5, 0)))+"\r") {
		t.Errorf("progress output %q: want the line erased at the end", out)
	}
}
