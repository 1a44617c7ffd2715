package input

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime/debug"
	"strings"
	"syscall"
	"unicode"

	"github.com/govinfo-lint/govinfo-lint/parser"
	"github.com/govinfo-lint/govinfo-lint/parser/docx"
	"github.com/govinfo-lint/govinfo-lint/parser/html"
	"github.com/govinfo-lint/govinfo-lint/parser/text"
)

// Read turns the bytes of one file into a recognised report. name is what the report's
// File says (a path, or "-"). Every failure is an *Error that says what the file is and
// what to do; nothing panics out of Read, whatever the bytes.
func Read(name string, data []byte, lim parser.Limits) (rep *parser.Report, err error) {
	lim = lim.WithDefaults()
	defer func() {
		if r := recover(); r != nil {
			rep, err = nil, panicError(r)
		}
	}()
	if int64(len(data)) > lim.MaxFileBytes {
		return nil, tooLarge("文件大小", "the file's size", int64(len(data)), lim.MaxFileBytes, flagMaxFileBytes, "max_file_mb")
	}
	s, _ := sniff(data)
	if s.kind == KindBinary && isLockName(name) && len(data) < 4096 {
		// A lock file whose layout we do not know (another tool's); its name says it all.
		s.kind = KindLock
	}
	if s.zip != nil && s.zip.entries > sniffMaxEntries {
		// Too many entries for Sniff to look through: whatever it is, the limit decides.
		if e := checkZip(s.zip, lim); e != nil {
			return nil, e
		}
	}
	if s.kind == KindMHT {
		// A single-file web page: its HTML part is read as a page; one without any keeps
		// the message that says how to save it.
		if page, err := mhtHTML(data, lim.MaxTextBytes); err == nil {
			data, s = page, sniffed{kind: parser.InputHTML}
		}
	}
	var doc *parser.Document
	switch s.kind {
	case parser.InputDocx:
		if e := checkZip(s.zip, lim); e != nil {
			return nil, e
		}
		doc, err = docx.Read(data, lim)
	case parser.InputText:
		if e := checkText(data, lim); e != nil {
			return nil, e
		}
		if e := checkCells(countTabs(data), lim); e != nil {
			return nil, e
		}
		doc, err = text.Read(data, lim)
	case parser.InputHTML:
		if e := checkText(data, lim); e != nil {
			return nil, e
		}
		if e := checkCells(countCellTags(data), lim); e != nil {
			return nil, e
		}
		doc, err = html.Read(data, lim)
	default:
		return nil, kindError(s)
	}
	if err != nil {
		return nil, readerError(s.kind, err)
	}
	if doc == nil {
		return nil, corrupt("", "the "+s.kind+" reader returned nothing")
	}
	if !hasText(doc) {
		return nil, noText(s)
	}
	rep = parser.Recognize(doc)
	if rep == nil {
		return nil, corrupt("", "recognition returned nothing")
	}
	if rep.Input == parser.InputHTML && len(rep.Sections) == 0 && rep.Table2 == nil && rep.Table3 == nil && rep.Table4 == nil &&
		hanCount(doc) < noReportHan(doc.Meta[html.MetaAttachments]) {
		// A page with a title but no report in it: the report is an attachment or a
		// picture. (A long page without sections is linted: its defects are the news.)
		return nil, noReportText(doc.Meta[html.MetaAttachments])
	}
	if !looksLikeReport(rep) {
		return nil, notReport(s.kind)
	}
	rep.File = name
	return rep, nil
}

// LoadFile reads the file at path (read-only, never more than lim.MaxFileBytes) and
// hands it to Read. "-" reads standard input. Nothing is written anywhere: no temporary
// files, no changes to the input.
func LoadFile(path string, lim parser.Limits) (*parser.Report, error) {
	lim = lim.WithDefaults()
	if path == "-" {
		data, e := readLimited(os.Stdin, 0, lim)
		if e != nil {
			return nil, e
		}
		return Read(path, data, lim)
	}
	// Stat before opening: opening a FIFO would block, a device may never end.
	fi, err := os.Stat(path)
	if err != nil {
		return nil, ioError(err)
	}
	if e := checkRegular(fi, lim); e != nil {
		return nil, e
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, ioError(err)
	}
	defer f.Close()
	// Stat again through the open handle: the path may have been swapped meanwhile.
	if fi, err = f.Stat(); err != nil {
		return nil, ioError(err)
	}
	if e := checkRegular(fi, lim); e != nil {
		return nil, e
	}
	data, e := readLimited(f, fi.Size(), lim)
	if e != nil {
		return nil, e
	}
	return Read(path, data, lim)
}

func checkRegular(fi fs.FileInfo, lim parser.Limits) *Error {
	switch {
	case fi.IsDir():
		return &Error{Kind: KindIO,
			ZH: "这是一个文件夹，不是文件",
			EN: "this is a folder, not a file"}
	case !fi.Mode().IsRegular():
		return &Error{Kind: KindIO,
			ZH: fmt.Sprintf("这不是普通文件（%s），为安全起见不读取", fi.Mode().Type()),
			EN: fmt.Sprintf("this is not a regular file (%s) and is not read, for safety", fi.Mode().Type())}
	case fi.Size() > lim.MaxFileBytes:
		return tooLarge("文件大小", "the file's size", fi.Size(), lim.MaxFileBytes, flagMaxFileBytes, "max_file_mb")
	}
	return nil
}

// readLimited reads at most lim.MaxFileBytes (one more byte tells a file that grew past
// it). sizeHint avoids the copies of a growing buffer.
func readLimited(r io.Reader, sizeHint int64, lim parser.Limits) ([]byte, *Error) {
	var buf bytes.Buffer
	buf.Grow(int(min(sizeHint, lim.MaxFileBytes)) + 512)
	if _, err := buf.ReadFrom(io.LimitReader(r, lim.MaxFileBytes+1)); err != nil {
		return nil, ioError(err)
	}
	if int64(buf.Len()) > lim.MaxFileBytes {
		return nil, tooLarge("文件大小", "the file's size", int64(buf.Len()), lim.MaxFileBytes, flagMaxFileBytes, "max_file_mb")
	}
	return buf.Bytes(), nil
}

func ioError(err error) *Error {
	detail := err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) {
		detail = pe.Err.Error()
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return &Error{Kind: KindIO, ZH: "找不到该文件（或它指向的目标不存在）；请检查路径", EN: "the file does not exist (or a link points nowhere); check the path"}
	case errors.Is(err, fs.ErrPermission):
		return &Error{Kind: KindIO, ZH: "没有读取该文件的权限；请检查文件权限", EN: "permission denied reading the file; check its permissions"}
	case errors.Is(err, syscall.ELOOP):
		return &Error{Kind: KindIO, ZH: "符号链接形成了循环，无法打开；请检查链接", EN: "the path is a symbolic link loop and cannot be opened; check the links"}
	}
	return &Error{Kind: KindIO,
		ZH: "无法读取文件（" + oneLine(detail) + "）",
		EN: "cannot read the file (" + oneLine(detail) + ")"}
}

// checkZip refuses, before anything is inflated, archives whose central directory
// declares more than the limits allow, and entries whose compression ratio only a
// decompression bomb reaches.
func checkZip(zi *zipInfo, lim parser.Limits) *Error {
	if zi == nil {
		return nil
	}
	if zi.entries > lim.MaxZipEntries {
		return &Error{Kind: KindTooLarge,
			ZH: fmt.Sprintf("压缩包内有 %d 个条目，超过上限 %d，为保护本机未读取；确属正常报告时可用 %s 或 %s的 max_zip_entries 调高上限", zi.entries, lim.MaxZipEntries, flagMaxZipEntries, configLimits),
			EN: fmt.Sprintf("the archive holds %d entries, over the limit of %d, and was not read, to protect the machine; if the report is genuine, raise it with %s or max_zip_entries in %s", zi.entries, lim.MaxZipEntries, flagMaxZipEntries, configLimitsEN)}
	}
	if zi.worstRatio > bombRatio {
		return &Error{Kind: KindTooLarge,
			ZH: fmt.Sprintf("压缩包条目 %s 声称解压后为 %s（压缩比 %d:1），是解压炸弹的特征，已拒绝且未解压", oneLine(zi.worst), size(int64(min(zi.worstSize, 1<<62))), zi.worstRatio),
			EN: fmt.Sprintf("archive entry %s claims to inflate to %s (ratio %d:1), the mark of a decompression bomb; refused without inflating", oneLine(zi.worst), size(int64(min(zi.worstSize, 1<<62))), zi.worstRatio)}
	}
	if zi.docSize > uint64(lim.MaxXMLBytes) {
		return tooLarge("正文 word/document.xml 解压后", "word/document.xml, uncompressed,", int64(min(zi.docSize, 1<<62)), lim.MaxXMLBytes, flagMaxXMLBytes, "max_xml_mb")
	}
	if zi.declared > uint64(lim.MaxArchiveBytes) {
		return tooLarge("压缩包解压后总大小", "the archive's total uncompressed size", int64(min(zi.declared, 1<<62)), lim.MaxArchiveBytes, flagMaxArchiveBytes, "max_archive_mb")
	}
	return nil
}

// readerError turns a reader's error into the user's one line: what is wrong in words a
// civil servant knows, what to do, and the reader's own text as the detail for support.
func readerError(kind string, err error) *Error {
	var ie *Error
	if errors.As(err, &ie) {
		return ie
	}
	msg := err.Error()
	has := func(subs ...string) bool {
		for _, sub := range subs {
			if strings.Contains(msg, sub) {
				return true
			}
		}
		return false
	}
	detail, detailEN := "（"+oneLine(msg)+"）", " ("+oneLine(msg)+")"
	if isLimit(err) {
		zh, en, knob := "文件超出安全上限", "the file exceeds a safety limit", configLimits
		switch {
		case has("nested deeper", "nesting", "depth"):
			zh, en, knob = "文档的嵌套层数超出安全上限", "the document is nested deeper than the safety limit", "max_depth"
		case has("cells"):
			zh, en, knob = "表格单元格数量超出安全上限", "the document has more table cells than the safety limit", flagMaxCells+" / max_cells"
		case has("tables"):
			zh, en, knob = "表格数量超出安全上限", "the document has more tables than the safety limit", "max_tables"
		case has("entries"):
			zh, en, knob = "压缩包条目数超出安全上限", "the archive has more entries than the safety limit", flagMaxZipEntries+" / max_zip_entries"
		case has("archive inflates"):
			zh, en, knob = "压缩包解压后总大小超出安全上限", "the archive inflates past the safety limit", flagMaxArchiveBytes+" / max_archive_mb"
		case has("uncompressed", "inflates past"):
			zh, en, knob = "文档解压后的大小超出安全上限", "a part of the document inflates past the safety limit", flagMaxXMLBytes+" / max_xml_mb"
		case has("bytes", "too large"):
			zh, en, knob = "文件大小超出安全上限", "the file is larger than the safety limit", flagMaxFileBytes+" / max_file_mb"
		}
		return &Error{Kind: KindTooLarge,
			ZH: zh + "，为保护本机未读取" + detail + "；确属正常报告时可用 " + knob + "（" + configLimits + "）调高上限",
			EN: en + " and was not read, to protect the machine" + detailEN + "; if the report is genuine, raise " + knob + " (" + configLimitsEN + ")"}
	}
	zh, en := map[string][2]string{
		parser.InputDocx: {"这个 .docx 文档已损坏或格式异常", "this .docx document is damaged or malformed"},
		parser.InputText: {"这个文本文件无法解读", "this text file cannot be decoded"},
		parser.InputHTML: {"这个网页文件已损坏或格式异常", "this web page is damaged or malformed"},
	}[kind][0], map[string][2]string{
		parser.InputDocx: {"", "this .docx document is damaged or malformed"},
		parser.InputText: {"", "this text file cannot be decoded"},
		parser.InputHTML: {"", "this web page is damaged or malformed"},
	}[kind][1]
	do, doEN := "请用 Word 或 WPS 打开后重新另存为 .docx 再检查", "open it in Word or WPS, save it again as .docx and run again"
	switch {
	case has("DOCTYPE", "ENTITY"):
		zh, en = "文档含有 DOCTYPE/实体声明，正常的 .docx 不会有，可能是恶意构造的文件，已拒绝", "the document carries a DOCTYPE / entity declarations, which no real .docx has (a possibly malicious file); refused"
		do, doEN = "请向报送单位索取由 Word 或 WPS 正常保存的文件", "ask the sender for a file saved normally by Word or WPS"
	case errors.Is(err, docx.ErrNotDocx):
		zh, en = "压缩包里没有 Word 正文（word/document.xml），不是完整的 .docx 文档", "the archive has no Word main part (word/document.xml): not a complete .docx"
	case errors.Is(err, docx.ErrNotZip):
		zh, en = "文件的 zip 结构已损坏或被截断，无法作为 .docx 打开", "the file's zip structure is damaged or cut short and cannot be opened as .docx"
		do, doEN = "请重新下载或从原稿重新另存为 .docx 后再检查", "download it again or save it again from the original as .docx, and run again"
	case has("flate", "checksum", "zip: "):
		zh, en = "文档的压缩数据已损坏，文件可能在传输中被截断或改动", "the document's compressed data is damaged, probably cut or altered in transfer"
		do, doEN = "请重新下载或从原稿重新另存为 .docx 后再检查", "download it again or save it again from the original as .docx, and run again"
	case errors.Is(err, docx.ErrCorrupt):
		zh, en = "文档正文（word/document.xml）不完整或有语法错误", "the document's main part (word/document.xml) is incomplete or malformed"
	case kind == parser.InputText:
		do, doEN = "请另存为 UTF-8 编码的文本或 .docx 后再检查", "save it as UTF-8 text or as .docx and run again"
	case kind == parser.InputHTML:
		do, doEN = "请重新下载网页，或提供报告的 .docx 文件", "download the page again, or submit the report's .docx"
	}
	return &Error{Kind: KindCorrupt, ZH: zh + detail + "；" + do, EN: en + detailEN + "; " + doEN}
}

// isLimit: the reader stopped at one of parser.Limits. Readers mark it with their own
// sentinel errors; the words are the fallback for a reader that has none yet.
func isLimit(err error) bool {
	if errors.Is(err, docx.ErrLimit) || errors.Is(err, text.ErrTooLarge) || errors.Is(err, text.ErrTooManyTables) ||
		errors.Is(err, text.ErrTooManyCells) {
		return true
	}
	low := strings.ToLower(err.Error())
	for _, w := range []string{"limit", "too large", "too many", "too deep"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// panicError: a bug in a reader or in recognition must cost one file, not the run.
// The stack goes to the detail only as its first frame inside our code, to stay one line.
func panicError(r any) *Error {
	where := ""
	for _, l := range strings.Split(string(debug.Stack()), "\n") {
		// Frames are "pkg.Func(args)" lines followed by "\tfile:line" lines; keep the
		// first function outside this package.
		l = strings.TrimSpace(l)
		if strings.HasPrefix(l, "github.com/govinfo-lint/govinfo-lint/") && !strings.HasPrefix(l, "github.com/govinfo-lint/govinfo-lint/parser/input.") {
			if i := strings.IndexByte(l, '('); i > 0 {
				l = l[:i]
			}
			where = " in " + strings.TrimPrefix(l, "github.com/govinfo-lint/govinfo-lint/")
			break
		}
	}
	detail := fmt.Sprintf("internal error: %v%s", r, where)
	return &Error{Kind: KindCorrupt,
		ZH: "读取时发生内部错误，文件可能已损坏（" + oneLine(detail) + "）；请重新另存为 .docx 再试，并把文件反馈给 govinfo-lint 维护者",
		EN: "an internal error occurred while reading; the file may be damaged (" + oneLine(detail) + "); save it again as .docx, and please report the file to the govinfo-lint maintainers"}
}

func isLockName(name string) bool {
	i := strings.LastIndexAny(name, `/\`)
	return strings.HasPrefix(name[i+1:], "~$")
}

// hasText: the reader found at least one non-blank paragraph or cell.
func hasText(doc *parser.Document) bool {
	for _, b := range doc.Blocks {
		if b.Para != nil && strings.TrimSpace(b.Para.Text) != "" {
			return true
		}
		if b.Table != nil {
			for _, row := range b.Table.Rows {
				for _, c := range row {
					if strings.TrimSpace(c.Text) != "" {
						return true
					}
				}
			}
		}
	}
	return false
}

func noText(s sniffed) *Error {
	if s.zip != nil && s.zip.hasMedia {
		return &Error{Kind: KindEmpty,
			ZH: "文档里没有文字，只有图片（可能是扫描件粘贴进 Word）；请提供文字版的报告后再检查",
			EN: "the document has no text, only pictures (probably a scan pasted into Word); submit the report as text and run again"}
	}
	return &Error{Kind: KindEmpty,
		ZH: "文件能打开，但里面没有任何文字；请确认上传的是报告正文",
		EN: "the file opens but holds no text at all; check that the report itself was submitted"}
}

// looksLikeReport: recognition found a title, a section or one of the fixed tables.
// Anything less is some other document (a notice, a letter) that no rule should judge.
func looksLikeReport(r *parser.Report) bool {
	return r.Title != "" || len(r.Sections) > 0 || r.Table2 != nil || r.Table3 != nil || r.Table4 != nil
}

// noReportHan: below this many Chinese characters, a web page without sections and
// tables holds no report; more are allowed beside an attachment (an introduction, an
// abstract) than without one. The shortest real report runs to well over 1000.
func noReportHan(attachments string) int {
	if attachments != "" {
		return 1000
	}
	return 300
}

// hanCount counts the Chinese characters of the document's paragraphs.
func hanCount(doc *parser.Document) int {
	n := 0
	for _, b := range doc.Blocks {
		if b.Para != nil {
			for _, r := range b.Para.Text {
				if unicode.Is(unicode.Han, r) {
					n++
				}
			}
		}
	}
	return n
}

// noReportText: a web page that names a report but holds none of its text; attachments
// are the documents the page links to, joined with 「；」 (html.MetaAttachments).
func noReportText(attachments string) *Error {
	if attachments != "" {
		return &Error{Kind: KindNotReport,
			ZH: "网页上没有找到年度报告的正文（没有“一、总体情况”等章节，也没有表二/表三/表四），只有附件「" + oneLine(attachments) + "」；请下载附件（.docx 或文本）后再检查",
			EN: "no report text was found on the web page (none of the six sections, none of Tables 2-4), only the attachment(s) " + oneLine(attachments) + "; download the attachment (.docx or text) and check that"}
	}
	return &Error{Kind: KindNotReport,
		ZH: "网页上没有找到年度报告的正文（没有“一、总体情况”等章节，也没有表二/表三/表四），报告可能以图片或附件形式发布；请提供报告的 .docx 文件后再检查",
		EN: "no report text was found on the web page (none of the six sections, none of Tables 2-4); the report may be published as a picture or an attachment; submit its .docx and check that"}
}

func notReport(kind string) *Error {
	return &Error{Kind: KindNotReport,
		ZH: "文件可以读取，但找不到年度报告的标题、“一、总体情况”等章节或表二/表三/表四，看起来不是政府信息公开工作年度报告；请确认文件是否选对",
		EN: "the file reads, but has no annual-report title, none of the six sections (「一、总体情况」 …) and none of Tables 2, 3 and 4: it does not look like a government information disclosure annual report; check that it is the right file"}
}

// checkCells refuses, before a reader builds anything, a text or web page whose cell
// count is certain to exceed lim.MaxCells. Readers enforce the limit exactly, but only
// after parsing: a 40 MB page of table rows costs a minute and 1.5 GB to reach it, this
// count a few milliseconds.
func checkCells(n int, lim parser.Limits) *Error {
	if n <= lim.MaxCells {
		return nil
	}
	return &Error{Kind: KindTooLarge,
		ZH: fmt.Sprintf("文件中的表格单元格超过 %d 个（约 %d 个），超出安全上限，为保护本机未读取；确属正常报告时可用 %s 或 %s的 max_cells 调高上限", lim.MaxCells, n, flagMaxCells, configLimits),
		EN: fmt.Sprintf("the file holds more than %d table cells (about %d), over the safety limit, and was not read, to protect the machine; if the report is genuine, raise it with %s or max_cells in %s", lim.MaxCells, n, flagMaxCells, configLimitsEN)}
}

// countTabs counts tab bytes: every text layout the text reader knows separates or opens
// cells with a tab (Tika: one per cell; Word: one between cells), so a file with more tabs
// than the cell limit cannot be read under it. 0x09 is a tab in UTF-8, GB18030 and UTF-16.
func countTabs(data []byte) int { return bytes.Count(data, []byte{'\t'}) }

// countCellTags counts <td and <th start tags (any case), each one cell of the page.
func countCellTags(data []byte) int {
	n := 0
	for i := 0; ; {
		j := bytes.IndexByte(data[i:], '<')
		if j < 0 || i+j+3 >= len(data) {
			return n
		}
		i += j + 1
		if data[i]|0x20 == 't' && (data[i+1]|0x20 == 'd' || data[i+1]|0x20 == 'h') {
			switch data[i+2] {
			case '>', ' ', '\t', '\r', '\n', '/':
				n++
			}
		}
	}
}

// checkText refuses a text or web page larger than lim.MaxTextBytes before it is parsed:
// every byte of those is read, unlike a .docx's pictures.
func checkText(data []byte, lim parser.Limits) *Error {
	if int64(len(data)) > lim.MaxTextBytes {
		return tooLarge("文本或网页文件", "a text or web-page file", int64(len(data)), lim.MaxTextBytes, flagMaxTextBytes, "max_text_mb")
	}
	return nil
}
