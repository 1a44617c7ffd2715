// Package docx reads .docx (OOXML) files into a parser.Document.
package docx

import (
	"errors"

	"github.com/govinfo-lint/govinfo-lint/parser"
)

// Read is a compile-only placeholder until the real reader lands; its owner deletes this file.
func Read(data []byte, lim parser.Limits) (*parser.Document, error) {
	return nil, errors.New("placeholder: docx reader not implemented")
}
