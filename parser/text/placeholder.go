// Package text reads plain-text reports (Tika, Word text, markdown; any encoding) into a parser.Document.
package text

import (
	"errors"

	"github.com/govinfo-lint/govinfo-lint/parser"
)

// Read is a compile-only placeholder until the real reader lands; its owner deletes this file.
func Read(data []byte, lim parser.Limits) (*parser.Document, error) {
	return nil, errors.New("placeholder: text reader not implemented")
}
