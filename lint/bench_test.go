package lint

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// BenchmarkRunFolder lints a county-like folder of several hundred reports (.docx saved
// by WPS and by LibreOffice, a web page, Tika text; two consecutive years per township so
// that the cross-year checks run; lock files and spreadsheets to skip), with every CPU,
// as `govinfo-lint FOLDER` does. It reports:
//
//	reports/s       reports linted per second, wall clock (issue 6 target: ≥ 500 on 2 cores)
//	reports/cpu-s   reports per second of CPU time (user + system): what the figure above
//	                would be on one idle core; unlike the wall clock it does not depend on
//	                what else the machine is doing
//	allocs/report   heap allocations per report
//	peak-heap-MiB   the largest heap in use (HeapInuse) seen while running, sampled every
//	                millisecond (target: ≤ 100 MiB for a folder of any size; compare the
//	                sizes: it must not grow with the number of reports)
//	VmHWM-MiB       the process's peak resident memory so far (Linux), setup included
//	kept-KiB/report what the results of the run hold per report once it is over (live
//	                heap after a GC, with the results still referenced)
//
// Run: go test ./lint -run '^$' -bench RunFolder -benchtime 5x
//
// The corpus=N cases lint N reports copied from testdata/corpus (the generated
// clean and defective reports as .docx from two writers, web pages, and GB18030,
// UTF-16 and CRLF text: the mix scripts/bench-compare.sh times through the binary).
func BenchmarkRunFolder(b *testing.B) {
	type folder struct {
		name string
		n    int
		make func(*testing.B, int) string
	}
	var cases []folder
	for _, n := range []int{300, 1200} {
		cases = append(cases, folder{fmt.Sprintf("reports=%d", n), n, benchFolder})
	}
	cases = append(cases, folder{"corpus=504", 504, corpusFolder})
	for _, c := range cases {
		n := c.n
		b.Run(c.name, func(b *testing.B) {
			dir := c.make(b, n)
			ctx := context.Background()
			// One run outside the measure, so that the page cache and the regexps are warm.
			if files, _, err := Run(ctx, []string{dir}, Options{}); err != nil || len(files) != n {
				b.Fatalf("warm-up: %d files, %v", len(files), err)
			}
			runtime.GC()
			peak := startHeapSampler()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			runs := 0
			cpu0 := cpuTime()
			start := time.Now()
			for b.Loop() {
				files, sum, err := Run(ctx, []string{dir}, Options{})
				if err != nil || len(files) != n || sum.Unreadable != 0 {
					b.Fatalf("%d files, %d unreadable, %v", len(files), sum.Unreadable, err)
				}
				runs++
			}
			elapsed := time.Since(start)
			cpu := cpuTime() - cpu0
			runtime.ReadMemStats(&after)
			peakBytes := peak.stop()
			reports := float64(n * runs)
			b.ReportMetric(reports/elapsed.Seconds(), "reports/s")
			b.ReportMetric(float64(after.Mallocs-before.Mallocs)/reports, "allocs/report")
			b.ReportMetric(float64(peakBytes)/(1<<20), "peak-heap-MiB")
			if hwm := vmHWM(); hwm > 0 {
				b.ReportMetric(float64(hwm)/(1<<20), "VmHWM-MiB")
			}
			if cpu > 0 {
				b.ReportMetric(reports/cpu.Seconds(), "reports/cpu-s")
			}
			b.ReportMetric(keptPerReport(ctx, dir, n)/1024, "kept-KiB/report")
		})
	}
}

// keptPerReport measures the live heap that one run's results hold, per report.
func keptPerReport(ctx context.Context, dir string, n int) float64 {
	var m0, m1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	files, _, _ := Run(ctx, []string{dir}, Options{})
	runtime.GC()
	runtime.ReadMemStats(&m1)
	runtime.KeepAlive(files)
	return (float64(m1.HeapAlloc) - float64(m0.HeapAlloc)) / float64(n)
}

// benchFolder writes n reports (n a multiple of 6) under b.TempDir(): per township, its
// 2022 and 2023 text reports, and per county department a WPS .docx, a LibreOffice .docx,
// a web page and the official blank, each issuer's name made unique so that issuers do not
// all pair up across years. Every group folder also holds a lock file and a spreadsheet.
func benchFolder(b *testing.B, n int) string {
	b.Helper()
	root := b.TempDir()
	read := func(name string) []byte { return readTestdata(b, name) }
	t2022, t2023 := string(read("连生乡-2022.txt")), string(read("连生乡-2023.txt"))
	html := string(read("县发改局-2023.html"))
	wps, libre, blank := read("县发改局-2023-wps.docx"), read("县发改局-2023-libreoffice.docx"), read("official-blank-2021.docx")
	for i := 0; i < n/6; i++ {
		county := uniqueName(i)
		group := filepath.Join(root, "第"+strconv.Itoa(i/20+1)+"批")
		files := map[string][]byte{
			"2022年/" + county + "乡2022年报告.txt":    []byte(strings.ReplaceAll(strings.ReplaceAll(t2022, "连生", county), "绥滨", county)),
			"2023年/" + county + "乡2023年报告.txt":    []byte(strings.ReplaceAll(strings.ReplaceAll(t2023, "连生", county), "绥滨", county)),
			"2023年/部门/" + county + "发改局.html":     []byte(strings.ReplaceAll(html, "临江", county)),
			"2023年/部门/" + county + "发改局.docx":     replaceInDocx(b, wps, "临江", county),
			"2023年/部门/" + county + "发改局（LO）.docx": replaceInDocx(b, libre, "临江", county),
			"模板/" + county + "空白模板.docx":          blank,
		}
		for name, data := range files {
			writeFile(b, filepath.Join(group, filepath.FromSlash(name)), data)
		}
		writeFile(b, filepath.Join(group, "2023年", "~$"+county+"乡2023年报告.docx"), []byte("lock"))
		writeFile(b, filepath.Join(group, "2023年", county+"统计表.xls"), []byte("\xd0\xcf\x11\xe0"))
	}
	return root
}

// corpusFolder copies the reports of testdata/corpus, in subfolders of one copy
// each, until there are n (n a multiple of the corpus size).
func corpusFolder(b *testing.B, n int) string {
	b.Helper()
	src := filepath.Join("..", "testdata", "corpus")
	var files []string
	err := filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		switch strings.ToLower(filepath.Ext(p)) {
		case ".docx", ".txt", ".html":
			files = append(files, p)
		}
		return nil
	})
	if err != nil || len(files) == 0 || n%len(files) != 0 {
		b.Fatalf("testdata/corpus: %d reports for a folder of %d, %v", len(files), n, err)
	}
	root := b.TempDir()
	for i := 0; i < n/len(files); i++ {
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			rel, _ := filepath.Rel(src, f)
			writeFile(b, filepath.Join(root, strconv.Itoa(i), rel), data)
		}
	}
	return root
}

// uniqueName is a two- or three-character place name for i.
func uniqueName(i int) string {
	const chars = "东南西北中上下前后左右金木水火土山河湖海平安新兴"
	rs := []rune(chars)
	s := string(rs[i%len(rs)]) + string(rs[(i/len(rs))%len(rs)])
	if i >= len(rs)*len(rs) {
		s += string(rs[(i/len(rs)/len(rs))%len(rs)])
	}
	return s
}

// replaceInDocx rewrites word/document.xml of a .docx with old replaced by new.
func replaceInDocx(b *testing.B, data []byte, old, new string) []byte {
	b.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		b.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			b.Fatal(err)
		}
		content, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			b.Fatal(err)
		}
		if f.Name == "word/document.xml" {
			content = bytes.ReplaceAll(content, []byte(old), []byte(new))
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: f.Method})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := w.Write(content); err != nil {
			b.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		b.Fatal(err)
	}
	return out.Bytes()
}

// heapSampler records the largest heap in use (objects + fragmentation, i.e. HeapInuse)
// through runtime/metrics, which unlike ReadMemStats does not stop the world.
type heapSampler struct {
	quit chan struct{}
	wg   sync.WaitGroup
	peak uint64
}

func startHeapSampler() *heapSampler {
	s := &heapSampler{quit: make(chan struct{})}
	samples := []metrics.Sample{
		{Name: "/memory/classes/heap/objects:bytes"},
		{Name: "/memory/classes/heap/unused:bytes"},
	}
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(samples)
			s.peak = max(s.peak, samples[0].Value.Uint64()+samples[1].Value.Uint64())
			select {
			case <-s.quit:
				return
			case <-t.C:
			}
		}
	}()
	return s
}

func (s *heapSampler) stop() uint64 {
	close(s.quit)
	s.wg.Wait()
	return s.peak
}

// vmHWM is the process's peak resident set size in bytes (Linux), or 0.
func vmHWM() int64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			if err == nil {
				return kb << 10
			}
		}
	}
	return 0
}
