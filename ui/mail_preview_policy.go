package ui

import (
	"crypto/sha256"
	"encoding/base64"
	"html"
	"regexp"
	"slices"
	"strings"
)

// styleAttribute finds the style attributes of a rendered letter.
var styleAttribute = regexp.MustCompile(`\sstyle="([^"]*)"`)

// mailPreviewPolicy is the Content-Security-Policy of a page showing letterHTML, a letter the
// outbox rendered, in a sandboxed frame: the frame's document inherits the page's policy,
// which allows no inline style, so the letter's own style attributes, and only those exact
// declarations, are allowed by their hashes; the reader sees the letter as its recipient does.
func mailPreviewPolicy(letterHTML string) string {
	var hashes []string
	for _, m := range styleAttribute.FindAllStringSubmatch(letterHTML, -1) {
		sum := sha256.Sum256([]byte(html.UnescapeString(m[1])))
		hashes = append(hashes, "'sha256-"+base64.StdEncoding.EncodeToString(sum[:])+"'")
	}
	if len(hashes) == 0 {
		return contentSecurityPolicy
	}
	slices.Sort(hashes)
	return contentSecurityPolicy + "; style-src-attr 'unsafe-hashes' " + strings.Join(slices.Compact(hashes), " ")
}
