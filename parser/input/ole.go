package input

import (
	"bytes"
	"encoding/binary"
	"unicode/utf16"
)

// oleMagic opens every OLE2 compound file: legacy .doc/.xls/.ppt, WPS .wps/.et, and the
// container Office puts an encrypted .docx in.
var oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// OLE sector ids with a meaning of their own.
const (
	oleEndOfChain = 0xFFFFFFFE
	oleMaxRegular = 0xFFFFFFFA
	// oleMaxDirSectors bounds the directory walk: 4096 sectors are 16 384 entries at
	// 512-byte sectors, far more than any document has.
	oleMaxDirSectors = 4096
)

// sniffOLE tells apart the compound files people save reports as, from their stream
// names: an encrypted OOXML package (EncryptionInfo + EncryptedPackage), a legacy Word
// document (WordDocument), a WPS or Works document, an Excel or PowerPoint file.
func sniffOLE(data []byte) string {
	names := oleNames(data)
	if names == nil {
		names = oleNamesScan(data)
	}
	has := func(n string) bool { _, ok := names[n]; return ok }
	switch {
	case has("EncryptionInfo") || has("EncryptedPackage"):
		return KindEncrypted
	case has("WordDocument"):
		return KindDoc
	case has("Workbook") || has("Book"):
		return KindXLS
	case has("PowerPoint Document"):
		return KindPPT
	case has("CONTENTS") || has("WpsCustomData") || has("MatOST"):
		// Microsoft Works and old Kingsoft WPS documents keep their text in CONTENTS.
		return KindWPS
	}
	// Kingsoft WPS writes its product name into the summary streams.
	if bytes.Contains(data, []byte("Kingsoft")) || bytes.Contains(data, []byte("WPS Office")) {
		return KindWPS
	}
	return KindOLE
}

// oleNames follows the directory chain through the FAT, bounded and loop-safe, and
// returns the names of all directory entries. nil means the header or the chain is
// damaged and the caller should fall back to oleNamesScan.
func oleNames(data []byte) map[string]struct{} {
	if len(data) < 512 {
		return nil
	}
	shift := binary.LittleEndian.Uint16(data[0x1E:])
	if shift != 9 && shift != 12 {
		return nil
	}
	ss := 1 << shift
	nSectors := (len(data) - ss) / ss
	if len(data) < ss || nSectors <= 0 {
		return nil
	}
	sector := func(id uint32) []byte {
		if int64(id) >= int64(nSectors) {
			return nil
		}
		off := ss + int(id)*ss
		return data[off : off+ss]
	}
	// The first 109 FAT sector ids are in the header; that covers files up to ~7 MB at
	// 512-byte sectors. Beyond that, the directory walk gives up and the scan decides.
	perFAT := ss / 4
	fatNext := func(id uint32) (uint32, bool) {
		idx := int(id) / perFAT
		if idx >= 109 {
			return 0, false
		}
		fs := binary.LittleEndian.Uint32(data[0x4C+4*idx:])
		s := sector(fs)
		if s == nil {
			return 0, false
		}
		return binary.LittleEndian.Uint32(s[4*(int(id)%perFAT):]), true
	}
	names := map[string]struct{}{}
	id := binary.LittleEndian.Uint32(data[0x30:])
	for n := 0; id != oleEndOfChain; n++ {
		if n >= oleMaxDirSectors || id > oleMaxRegular {
			return nil
		}
		s := sector(id)
		if s == nil {
			return nil
		}
		for e := 0; e+128 <= len(s); e += 128 {
			if name, ok := oleEntryName(s[e : e+128]); ok {
				names[name] = struct{}{}
			}
		}
		next, ok := fatNext(id)
		if !ok {
			return nil
		}
		id = next
	}
	if len(names) == 0 {
		return nil
	}
	return names
}

// oleNamesScan looks at every 128-byte slot of the file for something shaped like a
// directory entry. Entries always start at such a slot (sectors are 512 or 4096 bytes
// after a header of the same size), so a damaged FAT does not hide them.
func oleNamesScan(data []byte) map[string]struct{} {
	names := map[string]struct{}{}
	for off := 512; off+128 <= len(data); off += 128 {
		if name, ok := oleEntryName(data[off : off+128]); ok {
			names[name] = struct{}{}
		}
	}
	return names
}

// oleEntryName decodes a 128-byte directory entry: the UTF-16 name (64 bytes), its byte
// length including the terminator, and the object type (1 storage, 2 stream, 5 root).
func oleEntryName(e []byte) (string, bool) {
	nl := int(binary.LittleEndian.Uint16(e[64:]))
	typ := e[66]
	if (typ != 1 && typ != 2 && typ != 5) || nl < 4 || nl > 64 || nl%2 != 0 {
		return "", false
	}
	u := make([]uint16, nl/2-1)
	for i := range u {
		u[i] = binary.LittleEndian.Uint16(e[2*i:])
		if u[i] == 0 {
			return "", false
		}
	}
	if binary.LittleEndian.Uint16(e[nl-2:]) != 0 {
		return "", false
	}
	return string(utf16.Decode(u)), true
}
