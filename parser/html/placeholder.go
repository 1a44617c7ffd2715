// Package html reads reports published as web pages into a parser.Document.
package html

import (
	"errors"

	"github.com/govinfo-lint/govinfo-lint/parser"
)

// Read is a compile-only placeholder until the real reader lands; its owner deletes this file.
func Read(data []byte, lim parser.Limits) (*parser.Document, error) {
	return nil, errors.New("placeholder: html reader not implemented")
}
