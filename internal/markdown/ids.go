package markdown

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"
)

// headingIDs makes heading ids that keep accented letters ("préparer-l-entretien",
// "första-mötet"): goldmark's own generator drops every non-ASCII letter, which
// turns French and Swedish headings into unreadable anchors. One value serves
// one document, so ids are unique within it.
type headingIDs struct {
	used map[string]bool
}

func newHeadingIDs() *headingIDs {
	return &headingIDs{used: map[string]bool{}}
}

// Generate implements parser.IDs: lower-case letters and digits, every other
// run of characters becomes one hyphen, and a repeat gets a -1, -2 … suffix.
func (ids *headingIDs) Generate(value []byte, kind ast.NodeKind) []byte {
	var b strings.Builder
	pendingHyphen := false
	for _, r := range string(value) {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			pendingHyphen = b.Len() > 0
			continue
		}
		if pendingHyphen {
			b.WriteByte('-')
			pendingHyphen = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	base := b.String()
	if base == "" {
		base = "section"
	}
	id := base
	for n := 1; ids.used[id]; n++ {
		id = fmt.Sprintf("%s-%d", base, n)
	}
	ids.used[id] = true
	return []byte(id)
}

// Put implements parser.IDs, reserving an id written explicitly in the source.
func (ids *headingIDs) Put(value []byte) {
	ids.used[string(value)] = true
}
