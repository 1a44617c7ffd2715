package input

import (
	"fmt"
	"strings"
)

// Where users raise the limits; the CLI and the config file use these names.
const (
	flagMaxFileBytes    = "--max-file-size"
	flagMaxTextBytes    = "--max-text-size"
	flagMaxArchiveBytes = "--max-archive-size"
	flagMaxXMLBytes     = "--max-xml-size"
	flagMaxZipEntries   = "--max-zip-entries"
	flagMaxCells        = "--max-cells"
	configLimits        = ".govinfo-lint.yaml 的 limits 段"
	configLimitsEN      = "the limits section of .govinfo-lint.yaml"
)

const (
	saveAsDocxZH = "请在 Word 或 WPS 中打开，另存为 .docx 后再检查"
	saveAsDocxEN = "open it in Word or WPS, save it as .docx and run again"
)

// kindError is the message for every kind Sniff finds that no reader takes.
func kindError(s sniffed) *Error {
	switch s.kind {
	case KindEmpty:
		return &Error{Kind: KindEmpty,
			ZH: "文件是空的（0 字节或只有空白），没有可检查的内容；请确认上传的是报告正文",
			EN: "the file is empty (no bytes, or only whitespace); check that the report itself was submitted"}
	case KindPDF:
		return &Error{Kind: KindPDF,
			ZH: "这是 PDF 文件，无法可靠读取其中的表格；请提供报告的 .docx 原稿（或网页版、纯文本）后再检查",
			EN: "this is a PDF, whose tables cannot be read reliably; get the report's .docx original (or its web page or plain text) and run again"}
	case KindImage:
		return &Error{Kind: KindImage,
			ZH: fmt.Sprintf("这是 %s 图片（可能是扫描件或截图），不含可读的文字；请提供报告的 .docx 原稿后再检查", s.detail),
			EN: fmt.Sprintf("this is a %s image (a scan or a screenshot) with no readable text; get the report's .docx original and run again", s.detail)}
	case KindRTF:
		return &Error{Kind: KindRTF,
			ZH: "这是 RTF 文档，无法直接读取；" + saveAsDocxZH,
			EN: "this is an RTF document, which is not read directly; " + saveAsDocxEN}
	case KindDoc:
		return &Error{Kind: KindDoc,
			ZH: "这是旧版 Word 97-2003 文档（.doc），无法直接读取；" + saveAsDocxZH,
			EN: "this is a legacy Word 97-2003 document (.doc); " + saveAsDocxEN}
	case KindWPS:
		return &Error{Kind: KindWPS,
			ZH: "这是 WPS 文字旧格式文档（.wps），无法直接读取；请在 WPS 中另存为 .docx 后再检查",
			EN: "this is a legacy WPS Writer document (.wps); open it in WPS, save it as .docx and run again"}
	case KindEncrypted:
		return &Error{Kind: KindEncrypted,
			ZH: "这是设置了打开密码的加密文档，无法读取；请在 Word 或 WPS 中取消密码（文件→信息→保护文档→用密码进行加密，清空密码）另存后再检查",
			EN: "this document is encrypted with a password; remove the password in Word or WPS (File > Info > Protect Document > Encrypt with Password, clear it), save and run again"}
	case KindXLS:
		return &Error{Kind: KindXLS,
			ZH: "这是 Excel 97-2003 表格（.xls），不是报告文档；请提供报告的 .docx 文件",
			EN: "this is an Excel 97-2003 workbook (.xls), not a report document; submit the report's .docx"}
	case KindPPT:
		return &Error{Kind: KindPPT,
			ZH: "这是 PowerPoint 97-2003 演示文稿（.ppt），不是报告文档；请提供报告的 .docx 文件",
			EN: "this is a PowerPoint 97-2003 presentation (.ppt), not a report document; submit the report's .docx"}
	case KindOLE:
		return &Error{Kind: KindOLE,
			ZH: "这是旧版 Office 复合文档，但不是可识别的 Word 文档；" + saveAsDocxZH,
			EN: "this is a legacy Office compound file, but not a Word document that can be recognised; " + saveAsDocxEN}
	case KindXLSX:
		return &Error{Kind: KindXLSX,
			ZH: "这是 Excel 表格（.xlsx），不是报告文档；请提供报告的 .docx 文件",
			EN: "this is an Excel workbook (.xlsx), not a report document; submit the report's .docx"}
	case KindPPTX:
		return &Error{Kind: KindPPTX,
			ZH: "这是 PowerPoint 演示文稿（.pptx），不是报告文档；请提供报告的 .docx 文件",
			EN: "this is a PowerPoint presentation (.pptx), not a report document; submit the report's .docx"}
	case KindODT:
		return &Error{Kind: KindODT,
			ZH: "这是 OpenDocument 文档（.odt 等），无法直接读取；请另存为 .docx 后再检查",
			EN: "this is an OpenDocument file (.odt or similar); save it as .docx and run again"}
	case KindOFD:
		return &Error{Kind: KindOFD,
			ZH: "这是 OFD 版式文件，无法读取其中的表格；请提供报告的 .docx 原稿后再检查",
			EN: "this is an OFD fixed-layout file whose tables cannot be read; get the report's .docx original and run again"}
	case KindZip:
		return &Error{Kind: KindZip,
			ZH: fmt.Sprintf("这是一个 zip 压缩包（%s），不是 .docx 文档；请解压后检查其中的报告", oneLine(s.detail)),
			EN: fmt.Sprintf("this is a zip archive (%s), not a .docx document; unpack it and check the reports inside", oneLine(s.detail))}
	case KindLock:
		who, whoEN := "", ""
		if s.detail != "" {
			who, whoEN = " "+oneLine(s.detail)+" 打开文档时", " left by "+oneLine(s.detail)
		}
		return &Error{Kind: KindLock,
			ZH: "这是" + who + " Word/WPS 生成的临时锁定文件（~$ 开头），不是报告；可以忽略或删除",
			EN: "this is a Word/WPS lock file (~$…)" + whoEN + " while a document was open, not a report; ignore or delete it"}
	case KindMHT:
		return &Error{Kind: KindMHT,
			ZH: "这是“单个文件网页”（.mht/.mhtml），无法直接读取；请用 Word 打开后另存为 .docx，或在浏览器中另存为 .html 后再检查",
			EN: "this is a single-file web page (.mht/.mhtml); open it in Word and save it as .docx, or save it as .html from a browser, and run again"}
	case KindWordXML:
		return &Error{Kind: KindWordXML,
			ZH: "这是 Word XML 文档（.xml），无法直接读取；" + saveAsDocxZH,
			EN: "this is a Word XML document (.xml); " + saveAsDocxEN}
	case KindCorrupt:
		return corrupt(s.detailZH, s.detail)
	}
	return &Error{Kind: KindBinary,
		ZH: "无法识别的二进制文件，既不是 .docx，也不是文本或网页；请提供报告的 .docx、纯文本或网页文件",
		EN: "unrecognised binary file, neither .docx nor text nor a web page; submit the report as .docx, plain text or a web page"}
}

// corrupt is the message for a file of a known kind that is damaged.
func corrupt(detailZH, detail string) *Error {
	d, dEN := "", ""
	if detail != "" {
		d, dEN = "（"+oneLine(detail)+"）", " ("+oneLine(detail)+")"
	}
	if detailZH != "" {
		d = "：" + oneLine(detailZH)
	}
	return &Error{Kind: KindCorrupt,
		ZH: "文件已损坏或不完整，无法读取" + d + "；请重新从原稿另存或重新下载后再检查",
		EN: "the file is damaged or incomplete and cannot be read" + dEN + "; save it again from the original or download it again, and run again"}
}

// tooLarge is the message for a limit that was exceeded.
func tooLarge(what, whatEN string, got, limit int64, flag, key string) *Error {
	return &Error{Kind: KindTooLarge,
		ZH: fmt.Sprintf("%s %s 超过上限 %s，为保护本机未读取；确属正常报告时可用 %s 或 %s的 %s 调高上限", what, size(got), size(limit), flag, configLimits, key),
		EN: fmt.Sprintf("%s %s exceeds the limit of %s and was not read, to protect the machine; if the report is genuine, raise it with %s or %s in %s", whatEN, size(got), size(limit), flag, key, configLimitsEN)}
}

// size prints a byte count for people: 64 MiB, 1.0 GiB, 812 B.
func size(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		if n%(1<<20) == 0 {
			return fmt.Sprintf("%d MiB", n>>20)
		}
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

// oneLine keeps a message on one line and short: a reader's error may quote file content.
func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 160 {
		s = string(r[:160]) + "…"
	}
	return s
}
