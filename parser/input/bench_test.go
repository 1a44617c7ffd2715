package input

import (
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"testing"
	"time"

	"github.com/govinfo-lint/govinfo-lint/parser"
)

// End-to-end at this layer: file bytes → Sniff → reader → Recognize → Report, the work
// govinfo-lint does per file before the rules. Run with `make bench` or
// `go test ./parser/input -run '^$' -bench . -benchmem`.

func benchFiles(b *testing.B, files ...string) {
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(filepath.Base(f), func(b *testing.B) {
			if _, err := Read(f, data, parser.Limits{}); err != nil {
				b.Skipf("not readable in this build: %v", err)
			}
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := Read(f, data, parser.Limits{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "reports/s")
		})
	}
}

func BenchmarkReadDocx(b *testing.B) {
	benchFiles(b, "../../testdata/samples/official-blank-2021.docx",
		readableDir+"/wps-clean-department-2023.docx",
		readableDir+"/libreoffice-clean-department-2023.docx")
}

func BenchmarkReadText(b *testing.B) {
	benchFiles(b, "../../testdata/samples/连生乡-2023-tika.txt",
		readableDir+"/seed-gb18030.txt",
		readableDir+"/seed-utf16be.txt",
		readableDir+"/markdown.md")
}

func BenchmarkReadHTML(b *testing.B) {
	benchFiles(b, readableDir+"/沭阳县发展和改革局-2023-gbk.html", readableDir+"/clean-department-2023.html")
}

// BenchmarkSniff: deciding the kind must cost next to nothing, even on a big archive.
func BenchmarkSniff(b *testing.B) {
	genBombs(b)
	for _, c := range []struct {
		name string
		data []byte
	}{
		{"docx", mustRead(b, "../../testdata/samples/official-blank-2021.docx")},
		{"text", mustRead(b, "../../testdata/samples/连生乡-2023-tika.txt")},
		{"bomb-1GiB", bombZip},
		{"ole-doc", mustRead(b, hostileDir+"/legacy-word.doc")},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				Sniff(c.data)
			}
		})
	}
}

// BenchmarkHostileBomb: the ~1 GiB decompression bomb (≈1 MB on disk) and the other
// expensive hostile files are refused in microseconds, and the peak heap while refusing
// them stays tiny (peak-heap-MiB, sampled during the run; B/op is the total allocated).
func BenchmarkHostileBomb(b *testing.B) {
	genBombs(b)
	for _, c := range []struct {
		name string
		data []byte
	}{
		{"bomb-1GiB", bombZip},
		{"bomb-lying-sizes", lyingZip},
		{"many-entries", genManyEntries(b)},
		{"deep-nesting", mustRead(b, hostileDir+"/deep-nesting.docx")},
		{"billion-laughs", mustRead(b, hostileDir+"/billion-laughs.docx")},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			peak := peakHeap(b, func() {
				for i := 0; i < b.N; i++ {
					if _, err := Read(c.name, c.data, parser.Limits{}); err == nil {
						b.Fatal("a hostile file was read as a report")
					}
				}
			})
			b.ReportMetric(peak/(1<<20), "peak-heap-MiB")
		})
	}
}

func mustRead(b *testing.B, path string) []byte {
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	return data
}

// peakHeap runs fn with the benchmark timer on and returns the highest live heap seen
// above what was live before, sampling runtime/metrics every 50µs.
func peakHeap(b *testing.B, fn func()) float64 {
	const name = "/memory/classes/heap/objects:bytes"
	runtime.GC()
	s := []metrics.Sample{{Name: name}}
	metrics.Read(s)
	base := s[0].Value.Uint64()
	peak := base
	stop, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(50 * time.Microsecond)
		defer t.Stop()
		s := []metrics.Sample{{Name: name}}
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				metrics.Read(s)
				peak = max(peak, s[0].Value.Uint64())
			}
		}
	}()
	b.ResetTimer()
	fn()
	b.StopTimer()
	close(stop)
	<-done
	return float64(peak - base)
}
