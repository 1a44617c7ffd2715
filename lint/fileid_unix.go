//go:build unix

package lint

import (
	"io/fs"
	"syscall"
)

// fileID is what makes a file or folder the same one whatever the path to it.
type fileID struct{ dev, ino uint64 }

// idOf returns the device and inode of fi, or false when the platform does not say.
func idOf(fi fs.FileInfo) (fileID, bool) {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return fileID{}, false
	}
	return fileID{dev: uint64(st.Dev), ino: uint64(st.Ino)}, true //nolint:unconvert // widths differ across Unixes
}
