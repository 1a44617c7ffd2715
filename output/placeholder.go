package output

import (
	"errors"
	"io"
)

// Placeholders until the writers land; their owners delete this file.

func Write(w io.Writer, format string, files []FileResult, sum Summary, opt Options) error {
	return errors.New("placeholder")
}

func WriteXLSX(path string, files []FileResult, sum Summary, opt Options) error {
	return errors.New("placeholder")
}
