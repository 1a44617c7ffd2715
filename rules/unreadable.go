package rules

import (
	"errors"
	"reflect"
)

var unreadableRule = &Rule{
	ID: "input-unreadable", Severity: Error,
	Summary: Text{"文件无法作为年度报告读取", "the file cannot be read as a report"},
	Doc: Text{
		ZH: "文件已损坏、加密，是旧版 .doc、.wps、PDF 或图片，或根本不是年度报告时报告此项，并说明原因和办法（如「请另存为 .docx」）。输入类型按内容判断，不看扩展名。\n依据：本工具读取 .docx、纯文本和网页；其他格式无法可靠还原表格。\n修改：用 Word 或 WPS 打开后另存为 .docx（或导出纯文本）再检查。",
		EN: "Raised when the file is corrupt, encrypted, a legacy .doc, .wps, a PDF or an image, or not a report at all, with the reason and what to do (e.g. save as .docx). The kind is judged by content, not extension.\nBasis: the tool reads .docx, plain text and web pages; other formats do not give the tables back reliably.\nFix: open it in Word or WPS and save as .docx (or plain text), then lint again.",
	},
}

// Unreadable is the input-unreadable finding for a read error. An *input.Error gives its
// own one-line reason in both languages; any other error is reported as it says.
//
// rules does not import parser/input (that would tie the checks to every reader's build);
// the error's ZH/EN/Kind fields are read by name instead, anywhere in its wrap chain.
func Unreadable(err error, file string) Finding {
	f := Finding{Rule: unreadableRule.ID, Severity: unreadableRule.Severity}
	zh, en, kind, ok := bilingual(err)
	switch {
	case ok:
		f.Message = Text{ZH: zh, EN: en}
		if f.Message.ZH == "" {
			f.Message.ZH = err.Error()
		}
		if f.Message.EN == "" {
			f.Message.EN = err.Error()
		}
		f.Actual = kind
	case err != nil:
		f.Message = Text{ZH: "无法读取文件 " + file + "：" + err.Error(), EN: "cannot read " + file + ": " + err.Error()}
	default:
		f.Message = Text{ZH: "无法读取文件 " + file, EN: "cannot read " + file}
	}
	return f
}

// bilingual finds an error in err's chain that carries ZH and EN string fields (input.Error).
func bilingual(err error) (zh, en, kind string, ok bool) {
	for e := err; e != nil; e = errors.Unwrap(e) {
		v := reflect.ValueOf(e)
		for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
			if v.IsNil() {
				break
			}
			v = v.Elem()
		}
		if v.Kind() != reflect.Struct {
			continue
		}
		z, n := v.FieldByName("ZH"), v.FieldByName("EN")
		if !z.IsValid() || !n.IsValid() || z.Kind() != reflect.String || n.Kind() != reflect.String {
			continue
		}
		if k := v.FieldByName("Kind"); k.IsValid() && k.Kind() == reflect.String {
			kind = k.String()
		}
		return z.String(), n.String(), kind, true
	}
	return "", "", "", false
}
