package html

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/govinfo-lint/govinfo-lint/parser"
)

// TestDump prints a page's Document for eyeballing: HTMLDUMP=path go test -run TestDump.
func TestDump(t *testing.T) {
	path := os.Getenv("HTMLDUMP")
	if path == "" {
		t.Skip("set HTMLDUMP=file to print a page's Document")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Read(b, parser.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	fmt.Println(d.Meta)
	for _, bl := range d.Blocks {
		if bl.Para != nil {
			fmt.Printf("P%d %q\n", bl.Para.Loc.Para, bl.Para.Text)
			continue
		}
		fmt.Printf("T%d %dx%d\n", bl.Table.Loc.Para, len(bl.Table.Rows), len(bl.Table.Rows[0]))
		for _, r := range bl.Table.Rows {
			var s []string
			for _, c := range r {
				s = append(s, fmt.Sprintf("%q@%d,%d", c.Text, c.OriginRow, c.OriginCol))
			}
			fmt.Println("   ", strings.Join(s, " | "))
		}
	}
}
