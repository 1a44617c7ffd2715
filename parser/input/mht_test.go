package input

import (
	"encoding/json"
	"errors"
	"os"
	"testing"

	"github.com/govinfo-lint/govinfo-lint/parser"
)

// A single-file web page reads like the page it holds: Word's 「单个文件网页」 (GB2312,
// quoted-printable, an image part after it) and a browser's MHTML (base64, UTF-8), both
// made from testdata/corpus/html/defect-table3-balance.html.
func TestMHTReadsLikeItsPage(t *testing.T) {
	page, err := os.ReadFile("../../testdata/corpus/html/defect-table3-balance.html")
	if err != nil {
		t.Fatal(err)
	}
	want, err := Read("page.html", page, parser.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"word-gb2312-qp.mht", "blink-base64.mhtml"} {
		data, err := os.ReadFile("../../testdata/html/mht/" + name)
		if err != nil {
			t.Fatal(err)
		}
		if got := Sniff(data); got != KindMHT {
			t.Errorf("%s: Sniff = %q", name, got)
		}
		got, err := Read(name, data, parser.Limits{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got.Input != parser.InputHTML || got.Title != want.Title || got.Year != want.Year {
			t.Errorf("%s: input %q title %q year %d, want html %q %d", name, got.Input, got.Title, got.Year, want.Title, want.Year)
		}
		for _, tb := range []struct {
			what      string
			got, want any
		}{{"表二", got.Table2, want.Table2}, {"表三", got.Table3, want.Table3}, {"表四", got.Table4, want.Table4}, {"sections", got.Sections, want.Sections}} {
			g, _ := json.Marshal(tb.got)
			w, _ := json.Marshal(tb.want)
			if string(g) != string(w) {
				t.Errorf("%s: %s differs from the page's:\n got %s\nwant %s", name, tb.what, g, w)
			}
		}
	}
}

// A MIME message without a web page in it keeps the message that says how to save it.
func TestMHTWithoutPage(t *testing.T) {
	data := []byte("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n" +
		"Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b--\r\n")
	_, err := Read("x.mht", data, parser.Limits{})
	var e *Error
	if !errors.As(err, &e) || e.Kind != KindMHT {
		t.Errorf("err = %v, want kind %s", err, KindMHT)
	}
}

func TestMHTCharsets(t *testing.T) {
	gbk := []byte{0xc4, 0xea} // 年 in GB2312
	if got := string(toUTF8(gbk, "gb2312")); got != "年" {
		t.Errorf("gb2312: %q", got)
	}
	if got := string(toUTF8([]byte("年"), "gb2312")); got != "年" {
		t.Errorf("already UTF-8 under a gb2312 label: %q", got)
	}
	if got := toUTF8(gbk, ""); string(got) != string(gbk) {
		t.Errorf("no label: %q, want the bytes as they are", got)
	}
}
