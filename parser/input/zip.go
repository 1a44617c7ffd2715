package input

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"strings"
)

// zipInfo is what the central directory of a zip says, read without inflating anything:
// a decompression bomb is judged on its declared sizes, which Go's archive/zip enforces
// when an entry is read (it fails rather than yield more than the declared size).
type zipInfo struct {
	entries int
	// declared is the sum of the entries' declared uncompressed sizes.
	declared uint64
	// docSize is the declared uncompressed size of word/document.xml.
	docSize uint64
	// worst is the entry with the highest compression ratio among those big enough to
	// matter, and its ratio.
	worst      string
	worstRatio uint64
	worstSize  uint64

	hasDocument, hasContentTypes, hasWord, hasMedia bool
	hasXL, hasPPT, hasOFD                           bool
	mimetype                                        string
	names                                           []string // the first few names, for messages
}

// A deflate stream cannot shrink data more than ~1032:1; real document.xml parts compress
// 5–30:1 and images hardly at all. An entry that claims more than bombRatio and is bigger
// than bombMinSize is a bomb, whatever the limits.
const (
	bombRatio   = 400
	bombMinSize = 1 << 20
	// sniffMaxEntries bounds the directory walk when no limits are given (Sniff).
	sniffMaxEntries = 1 << 16
)

// zipError says in both languages why a zip's directory cannot be read.
type zipError struct{ zh, en string }

func (e *zipError) Error() string { return e.en }

var errNoEOCD = &zipError{"zip 压缩包末尾的目录缺失，文件被截断", "the end-of-archive record is missing (the file is truncated)"}

// readZipDir walks the central directory of data, stopping after maxEntries records.
// It allocates only the few names it keeps.
func readZipDir(data []byte, maxEntries int) (*zipInfo, error) {
	eocd := findEOCD(data)
	if eocd < 0 {
		return nil, errNoEOCD
	}
	count := uint64(binary.LittleEndian.Uint16(data[eocd+10:]))
	cdOff := uint64(binary.LittleEndian.Uint32(data[eocd+16:]))
	if count == 0xFFFF || cdOff == 0xFFFFFFFF {
		// Zip64: the locator sits just before the EOCD record.
		if loc := eocd - 20; loc >= 0 && bytes.HasPrefix(data[loc:], []byte("PK\x06\x07")) {
			off := binary.LittleEndian.Uint64(data[loc+8:])
			if off < uint64(len(data)) && len(data)-int(off) >= 56 && bytes.HasPrefix(data[off:], []byte("PK\x06\x06")) {
				count = binary.LittleEndian.Uint64(data[off+32:])
				cdOff = binary.LittleEndian.Uint64(data[off+48:])
			}
		}
	}
	zi := &zipInfo{entries: int(min(count, uint64(1<<40)))}
	if count > uint64(maxEntries) {
		return zi, nil // the caller refuses on entries alone
	}
	if cdOff > uint64(len(data)) {
		return nil, &zipError{"zip 目录指向文件末尾之外，文件被截断", "the central directory points past the end of the file (truncated)"}
	}
	p := int(cdOff)
	for i := uint64(0); i < count; i++ {
		if p+46 > len(data) || !bytes.HasPrefix(data[p:], []byte("PK\x01\x02")) {
			return nil, &zipError{fmt.Sprintf("zip 目录在第 %d 个条目处损坏", i+1), fmt.Sprintf("the central directory is damaged at entry %d", i+1)}
		}
		r := data[p:]
		comp := uint64(binary.LittleEndian.Uint32(r[20:]))
		size := uint64(binary.LittleEndian.Uint32(r[24:]))
		nl := int(binary.LittleEndian.Uint16(r[28:]))
		el := int(binary.LittleEndian.Uint16(r[30:]))
		cl := int(binary.LittleEndian.Uint16(r[32:]))
		if p+46+nl+el+cl > len(data) {
			return nil, &zipError{fmt.Sprintf("zip 目录在第 %d 个条目处损坏", i+1), fmt.Sprintf("the central directory is damaged at entry %d", i+1)}
		}
		name := r[46 : 46+nl]
		if size == 0xFFFFFFFF || comp == 0xFFFFFFFF {
			size, comp = zip64Sizes(r[46+nl:46+nl+el], size, comp)
		}
		zi.add(name, size, comp)
		if string(name) == "mimetype" && size == comp && size <= 100 {
			zi.mimetype = storedMimetype(data, uint64(binary.LittleEndian.Uint32(r[42:])), int(size))
		}
		p += 46 + nl + el + cl
	}
	return zi, nil
}

// findEOCD finds the end-of-central-directory record in the last 64 KiB + 22 bytes.
func findEOCD(data []byte) int {
	start := max(0, len(data)-(22+0xFFFF))
	for i := len(data) - 22; i >= start; i-- {
		if data[i] == 'P' && data[i+1] == 'K' && data[i+2] == 5 && data[i+3] == 6 {
			return i
		}
	}
	return -1
}

// zip64Sizes reads the zip64 extra field (id 1): the 8-byte sizes that overflowed, in
// the order uncompressed, compressed.
func zip64Sizes(extra []byte, size, comp uint64) (uint64, uint64) {
	for len(extra) >= 4 {
		id := binary.LittleEndian.Uint16(extra)
		n := int(binary.LittleEndian.Uint16(extra[2:]))
		if 4+n > len(extra) {
			break
		}
		f := extra[4 : 4+n]
		if id == 1 {
			if size == 0xFFFFFFFF && len(f) >= 8 {
				size, f = binary.LittleEndian.Uint64(f), f[8:]
			}
			if comp == 0xFFFFFFFF && len(f) >= 8 {
				comp = binary.LittleEndian.Uint64(f)
			}
			break
		}
		extra = extra[4+n:]
	}
	return size, comp
}

func (zi *zipInfo) add(name []byte, size, comp uint64) {
	zi.declared += size
	// Some writers use backslashes (seen in Strict OOXML files from Windows tools).
	n := strings.ToLower(strings.TrimPrefix(strings.ReplaceAll(string(name), `\`, "/"), "/"))
	switch {
	case n == "word/document.xml":
		zi.hasDocument = true
		zi.docSize = max(zi.docSize, size)
	case n == "[content_types].xml":
		zi.hasContentTypes = true
	case n == "xl/workbook.xml":
		zi.hasXL = true
	case n == "ppt/presentation.xml":
		zi.hasPPT = true
	case n == "ofd.xml":
		zi.hasOFD = true
	}
	if strings.HasPrefix(n, "word/") {
		zi.hasWord = true
		if strings.HasPrefix(n, "word/media/") {
			zi.hasMedia = true
		}
	}
	if len(zi.names) < 3 {
		zi.names = append(zi.names, string(name))
	}
	if size >= bombMinSize {
		ratio := uint64(1 << 40)
		if comp > 0 {
			ratio = size / comp
		}
		if ratio > zi.worstRatio {
			zi.worst, zi.worstRatio, zi.worstSize = string(name), ratio, size
		}
	}
}

// storedMimetype reads an OpenDocument "mimetype" entry, stored uncompressed at the
// local header at off (its size comes from the central directory: writers that stream
// leave it zero in the local header).
func storedMimetype(data []byte, off uint64, size int) string {
	if off > uint64(len(data)) || len(data)-int(off) < 30 || !bytes.HasPrefix(data[off:], []byte("PK\x03\x04")) {
		return ""
	}
	h := data[off:]
	nl := int(binary.LittleEndian.Uint16(h[26:]))
	el := int(binary.LittleEndian.Uint16(h[28:]))
	if binary.LittleEndian.Uint16(h[8:]) != 0 || 30+nl+el+size > len(h) {
		return ""
	}
	return string(h[30+nl+el : 30+nl+el+size])
}

func sniffZip(data []byte) (sniffed, error) {
	zi, err := readZipDir(data, sniffMaxEntries)
	if err != nil {
		ze := err.(*zipError)
		return sniffed{kind: KindCorrupt, detail: ze.en, detailZH: ze.zh}, nil
	}
	s := sniffed{zip: zi}
	switch {
	case zi.hasDocument, zi.hasContentTypes && zi.hasWord && !zi.hasXL && !zi.hasPPT:
		// A Word package; if its main part is not word/document.xml (Strict OOXML names
		// it through _rels/.rels) or is missing, the docx reader finds it or says so.
		s.kind = "docx"
	case zi.entries > sniffMaxEntries:
		// Too many entries to look through cheaply; the limits refuse it anyway.
		s.kind = KindZip
	case zi.hasXL:
		s.kind = KindXLSX
	case zi.hasPPT:
		s.kind = KindPPTX
	case zi.hasOFD:
		s.kind = KindOFD
	case strings.HasPrefix(zi.mimetype, "application/vnd.oasis.opendocument"):
		s.kind = KindODT
		s.detail = zi.mimetype
	default:
		s.kind = KindZip
		s.detail = strings.Join(zi.names, ", ")
		if zi.entries > len(zi.names) {
			s.detail += fmt.Sprintf(" … %d", zi.entries)
		}
	}
	return s, nil
}
