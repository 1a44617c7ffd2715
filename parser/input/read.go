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
		return nil, tooLarge("文件大小", "the file's size", int64(len(data)), lim.MaxFileBytes, flagMaxFileBytes)
	}
	s, _ := sniff(data)
	if s.kind == KindBinary && isLockName(name) && len(data) < 4096 {
		// A lock file whose layout we do not know (another tool's); its name says it all.
		s.kind = KindLock
	}
	var doc *parser.Document
	switch s.kind {
	case parser.InputDocx:
		if e := checkZip(s.zip, lim); e != nil {
			return nil, e
		}
		doc, err = docx.Read(data, lim)
	case parser.InputText:
		doc, err = text.Read(data, lim)
	case parser.InputHTML:
		doc, err = html.Read(data, lim)
	default:
		return nil, kindError(s)
	}
	if err != nil {
		return nil, readerError(s.kind, err)
	}
	if doc == nil {
		return nil, corrupt("the " + s.kind + " reader returned nothing")
	}
	if !hasText(doc) {
		return nil, noText(s)
	}
	rep = parser.Recognize(doc)
	if rep == nil {
		return nil, corrupt("recognition returned nothing")
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
		return tooLarge("文件大小", "the file's size", fi.Size(), lim.MaxFileBytes, flagMaxFileBytes)
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
		return nil, tooLarge("文件大小", "the file's size", int64(buf.Len()), lim.MaxFileBytes, flagMaxFileBytes)
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
			ZH: fmt.Sprintf("压缩包内有 %d 个条目，超过上限 %d，为保护本机未读取；确属正常报告时可用 %s 或 %s 调高上限", zi.entries, lim.MaxZipEntries, flagMaxZipEntries, configLimits),
			EN: fmt.Sprintf("the archive holds %d entries, over the limit of %d, and was not read, to protect the machine; if the report is genuine, raise it with %s or %s", zi.entries, lim.MaxZipEntries, flagMaxZipEntries, configLimitsEN)}
	}
	if zi.worstRatio > bombRatio {
		return &Error{Kind: KindTooLarge,
			ZH: fmt.Sprintf("压缩包条目 %s 声称解压后为 %s（压缩比 %d:1），是解压炸弹的特征，已拒绝且未解压", oneLine(zi.worst), size(int64(min(zi.worstSize, 1<<62))), zi.worstRatio),
			EN: fmt.Sprintf("archive entry %s claims to inflate to %s (ratio %d:1), the mark of a decompression bomb; refused without inflating", oneLine(zi.worst), size(int64(min(zi.worstSize, 1<<62))), zi.worstRatio)}
	}
	if zi.docSize > uint64(lim.MaxXMLBytes) {
		return tooLarge("正文 word/document.xml 解压后", "word/document.xml, uncompressed,", int64(min(zi.docSize, 1<<62)), lim.MaxXMLBytes, flagMaxXMLBytes)
	}
	if zi.declared > uint64(lim.MaxArchiveBytes) {
		return tooLarge("压缩包解压后总大小", "the archive's total uncompressed size", int64(min(zi.declared, 1<<62)), lim.MaxArchiveBytes, flagMaxArchiveBytes)
	}
	return nil
}

// readerError turns a reader's error into the user's one line. Readers know the format,
// not the user: their error text is kept as the detail.
func readerError(kind string, err error) *Error {
	var ie *Error
	if errors.As(err, &ie) {
		return ie
	}
	msg := err.Error()
	low := strings.ToLower(msg)
	if strings.Contains(low, "limit") || strings.Contains(low, "too large") || strings.Contains(low, "too many") ||
		strings.Contains(low, "too deep") || strings.Contains(low, "exceeds") {
		return &Error{Kind: KindTooLarge,
			ZH: "文件超出安全上限，为保护本机未读取（" + oneLine(msg) + "）；确属正常报告时可在 " + configLimits + " 中调高上限",
			EN: "the file exceeds a safety limit and was not read (" + oneLine(msg) + "); if the report is genuine, raise the limit in " + configLimitsEN}
	}
	what, whatEN := map[string][2]string{
		parser.InputDocx: {".docx 文档", ".docx document"},
		parser.InputText: {"文本文件", "text file"},
		parser.InputHTML: {"网页文件", "web page"},
	}[kind][0], map[string][2]string{
		parser.InputDocx: {"", ".docx document"},
		parser.InputText: {"", "text file"},
		parser.InputHTML: {"", "web page"},
	}[kind][1]
	return &Error{Kind: KindCorrupt,
		ZH: "这个" + what + "已损坏或格式异常，无法读取（" + oneLine(msg) + "）；请用 Word 或 WPS 打开后重新另存为 .docx 再检查",
		EN: "this " + whatEN + " is damaged or malformed and cannot be read (" + oneLine(msg) + "); open it in Word or WPS, save it again as .docx and run again"}
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

func notReport(kind string) *Error {
	return &Error{Kind: KindNotReport,
		ZH: "文件可以读取，但找不到年度报告的标题、“一、总体情况”等章节或表二/表三/表四，看起来不是政府信息公开工作年度报告；请确认文件是否选对",
		EN: "the file reads, but has no annual-report title, none of the sections (一、总体情况 …) and none of 表二/表三/表四: it does not look like a government information disclosure annual report; check that it is the right file"}
}
