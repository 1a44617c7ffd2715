package docx

import (
	"encoding/xml"
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/govinfo-lint/govinfo-lint/parser"
	"github.com/govinfo-lint/govinfo-lint/parser/html"
)

// spliceChunks replaces body-level w:altChunk references by the blocks of the HTML
// parts they name, read with parser/html. Web systems that "export to Word" often
// write the whole report as one such chunk; without it the document looks empty.
// Chunks of other kinds (MHT, RTF, another .docx) are left out.
//
// Paragraph numbers: a chunk's paragraphs follow those before it, and the document's
// later paragraphs move up by the chunk's count, so Loc.Para stays in reading order.
func (a *archive) spliceChunks(doc *parser.Document, chunks []chunkRef, mainName string) error {
	targets := a.partRels(mainName)
	dir := path.Dir(mainName)
	for i := len(chunks) - 1; i >= 0; i-- {
		c := chunks[i]
		target, ok := targets[c.id]
		if !ok {
			continue
		}
		name := strings.TrimPrefix(target, "/")
		if !strings.HasPrefix(target, "/") {
			name = path.Join(dir, target)
		}
		switch strings.ToLower(path.Ext(name)) {
		case ".htm", ".html", ".xhtml":
		default:
			continue
		}
		f := a.find(name)
		if f == nil {
			continue
		}
		rc, err := a.open(f, a.lim.MaxXMLBytes)
		if err != nil {
			return err
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return fmt.Errorf("docx: %s: %w", name, err)
		}
		sub, err := html.Read(data, a.lim)
		if err != nil {
			return fmt.Errorf("docx: imported part %s: %w", name, err)
		}
		n := 0
		for _, b := range sub.Blocks {
			n = max(n, lastPara(b))
		}
		shiftParas(sub.Blocks, c.paras)
		shiftParas(doc.Blocks[c.at:], n)
		doc.Blocks = append(doc.Blocks[:c.at], append(sub.Blocks, doc.Blocks[c.at:]...)...)
	}
	return nil
}

func lastPara(b parser.Block) int {
	if b.Para != nil {
		return b.Para.Loc.Para
	}
	n := b.Table.Loc.Para
	for _, row := range b.Table.Rows {
		for _, c := range row {
			n = max(n, c.Loc.Para)
		}
	}
	return n
}

// shiftParas adds d to every known paragraph number in bs.
func shiftParas(bs []parser.Block, d int) {
	shift := func(l *parser.Loc) {
		if l.Para > 0 {
			l.Para += d
		}
	}
	for _, b := range bs {
		if b.Para != nil {
			shift(&b.Para.Loc)
			continue
		}
		shift(&b.Table.Loc)
		for _, row := range b.Table.Rows {
			for j := range row {
				shift(&row[j].Loc)
			}
		}
	}
}

// relationship is one <Relationship> of a part's .rels, internal targets only.
type relationship struct{ id, typ, target string }

// relationships reads the relationships of a part (word/_rels/document.xml.rels), leaving
// out external targets (links); targets are as written, relative to the part's folder
// unless they start with "/".
func (a *archive) relationships(part string) []relationship {
	f := a.find(path.Join(path.Dir(part), "_rels", path.Base(part)+".rels"))
	if f == nil {
		return nil
	}
	rc, err := a.open(f, relsLimit)
	if err != nil {
		return nil
	}
	defer rc.Close()
	var out []relationship
	walkXML(rc, a.lim.MaxDepth, func(t xml.StartElement, _ []string) bool {
		if t.Name.Local != "Relationship" {
			return true
		}
		r := relationship{id: xattrVal(t, "Id"), typ: xattrVal(t, "Type"), target: xattrVal(t, "Target")}
		if r.target != "" && xattrVal(t, "TargetMode") != "External" {
			out = append(out, r)
		}
		return true
	})
	return out
}

// partRels is a part's relationships by Id → Target (as written).
func (a *archive) partRels(part string) map[string]string {
	out := map[string]string{}
	for _, r := range a.relationships(part) {
		if r.id != "" {
			out[r.id] = r.target
		}
	}
	return out
}
