package text

// MostlyUTF8 reports UTF-8 with rare damage (a few stray bytes of another encoding pasted
// in), which Decode reads as UTF-8 with U+FFFD for the damaged bytes. parser/input's
// sniffer asks it too, so that what the text reader can read is never refused as binary.
func MostlyUTF8(data []byte) bool { return mostlyUTF8(data) }
