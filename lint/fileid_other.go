//go:build !unix

package lint

import "io/fs"

// fileID is what makes a file or folder the same one whatever the path to it.
type fileID struct{ dev, ino uint64 }

// idOf cannot tell on this platform; the walker then does not follow folder links, so
// that a link loop cannot make it walk for ever.
func idOf(fi fs.FileInfo) (fileID, bool) { return fileID{}, false }
