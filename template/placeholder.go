// Package template writes a blank annual report in the official layout (.docx).
package template

import (
	"errors"
	"io"
)

// Options say what to write.
type Options struct {
	Year   int
	Issuer string
	Layout string // "2021" (default) | "2019"
}

// Write is a placeholder until the writer lands; its owner replaces this file.
func Write(w io.Writer, opt Options) error { return errors.New("placeholder") }
