package lint

import "os"

// comparePaths orders paths component by component, as a folder walk meets them:
// "a/b.txt" comes before "a-b.txt" and "a.txt" because the separator sorts before every
// other byte. The same order whatever the number of jobs.
func comparePaths(a, b string) int {
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		ca, cb := sortKey(a[i]), sortKey(b[i])
		if ca != cb {
			if ca < cb {
				return -1
			}
			return 1
		}
	}
	switch {
	case len(a) < len(b):
		return -1
	case len(a) > len(b):
		return 1
	}
	return 0
}

func sortKey(c byte) int {
	if c == os.PathSeparator || c == '/' {
		return -1
	}
	return int(c)
}
