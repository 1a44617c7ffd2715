package lint

import (
	"fmt"
	"github.com/govinfo-lint/govinfo-lint/output"
	"io"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// progress draws one line, "\r[####    ] 120/300 文件 00:03", at most ten times a second
// (a terminal redrawn on every file of a fast run costs more than the linting), and
// erases it at the end so that the report below starts on a clean line.
type progress struct {
	w     io.Writer
	total int
	done  atomic.Int64
	start time.Time
	quit  chan struct{}
	wg    sync.WaitGroup
	width int // display width of the last line drawn, to erase it
}

const (
	progressEvery = 100 * time.Millisecond
	barWidth      = 24
)

func startProgress(w io.Writer, total int) *progress {
	p := &progress{w: w, total: total, start: time.Now(), quit: make(chan struct{})}
	// Draw at once, so that a long first file does not leave the screen blank.
	line := progressLine(0, total, 0)
	fmt.Fprint(w, "\r"+line)
	p.width = output.DisplayWidth(line)
	p.wg.Add(1)
	go p.loop()
	return p
}

// set records how many files are done; drawing happens in the loop.
func (p *progress) set(n int) { p.done.Store(int64(n)) }

func (p *progress) loop() {
	defer p.wg.Done()
	t := time.NewTicker(progressEvery)
	defer t.Stop()
	last, lastSec := int64(0), int64(0)
	for {
		select {
		case <-p.quit:
			if p.width > 0 {
				fmt.Fprint(p.w, "\r"+strings.Repeat(" ", p.width)+"\r")
			}
			return
		case now := <-t.C:
			n := p.done.Load()
			sec := int64(now.Sub(p.start) / time.Second)
			if n == last && sec == lastSec {
				continue
			}
			last, lastSec = n, sec
			line := progressLine(int(n), p.total, now.Sub(p.start))
			fmt.Fprint(p.w, "\r"+line)
			p.width = output.DisplayWidth(line)
		}
	}
}

func (p *progress) stop() {
	close(p.quit)
	p.wg.Wait()
}

// progressLine renders the bar for n of total files after elapsed.
func progressLine(n, total int, elapsed time.Duration) string {
	filled := 0
	if total > 0 {
		filled = n * barWidth / total
	}
	secs := int(elapsed / time.Second)
	clock := fmt.Sprintf("%02d:%02d", secs/60, secs%60)
	if secs >= 3600 {
		clock = fmt.Sprintf("%d:%02d:%02d", secs/3600, secs/60%60, secs%60)
	}
	return fmt.Sprintf("[%s%s] %d/%d 文件 %s",
		strings.Repeat("#", filled), strings.Repeat(" ", barWidth-filled), n, total, clock)
}
