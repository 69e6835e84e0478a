package ui

import (
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/tools/filesystem"
	"github.com/pocketbase/pocketbase/tools/inflector"
)

// FuzzAttachmentName checks the pattern that strips PocketBase's random part from a stored
// file name: two uploads under the same name get different random parts but must show the
// same name, which is never empty.
func FuzzAttachmentName(f *testing.F) {
	for _, seed := range []string{
		"cv.pdf", "Rapport final.docx", "archive.tar.gz", "no_extension", "photo_2024abcdefgh.jpg",
		".hidden", "a.b.c.d", "ab", "é.png", "x_0123456789.pdf", "../../etc/passwd", "name.x_0123456789",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, original string) {
		if !longEnoughToKeep(original) {
			return // PocketBase pads a short name with a second random part of its own
		}
		first, err1 := filesystem.NewFileFromBytes([]byte("x"), original)
		second, err2 := filesystem.NewFileFromBytes([]byte("x"), original)
		if err1 != nil || err2 != nil {
			return
		}
		a, b := attachmentName(first.Name), attachmentName(second.Name)
		if a != b || a == "" {
			t.Fatalf("%q stored as %q and %q shows as %q and %q", original, first.Name, second.Name, a, b)
		}
	})
}

// longEnoughToKeep reports whether PocketBase keeps original's name part without padding it
// (tools/filesystem normalizeName: at least 3 characters once snake-cased).
func longEnoughToKeep(original string) bool {
	if len(original) > 300 {
		original = original[len(original)-300:]
	}
	ext := ""
	if dot := strings.LastIndex(original, "."); dot >= 0 {
		ext = original[dot:]
		if second := strings.LastIndex(original[:dot], "."); second >= 0 {
			ext = original[second:]
		}
	}
	return len(inflector.Snakecase(strings.Trim(strings.TrimSuffix(original, ext), "."))) >= 3
}
