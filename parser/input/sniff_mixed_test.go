package input

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/govinfo-lint/govinfo-lint/parser"
)

// A UTF-8 report with a phrase in GBK pasted into it is text (read with U+FFFD for the
// stray bytes), not an unrecognised binary file; GBK text itself stays GBK.
func TestSniffUTF8WithStrayBytes(t *testing.T) {
	body := strings.Repeat("临江县发展和改革局2023年政府信息公开工作年度报告。全年共收到申请24件。\n", 40)
	gbk, err := simplifiedchinese.GBK.NewEncoder().String("测试")
	if err != nil {
		t.Fatal(err)
	}
	mixed := []byte(body[:300] + gbk + body[300:])
	if got := Sniff(mixed); got != parser.InputText {
		t.Errorf("UTF-8 with two GBK characters: %q, want text", got)
	}
	whole, _ := simplifiedchinese.GBK.NewEncoder().String(body)
	if got := Sniff([]byte(whole)); got != parser.InputText {
		t.Errorf("GBK text: %q, want text", got)
	}
	// Damage everywhere is not "mostly UTF-8": random high bytes stay binary.
	noise := make([]byte, 4000)
	for i := range noise {
		noise[i] = byte(0x80 + (i*7919)%0x7f)
	}
	if got := Sniff(noise); got == parser.InputText {
		t.Errorf("noise sniffed as text")
	}
}
