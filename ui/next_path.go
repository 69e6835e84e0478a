package ui

import (
	"net/url"
	"strings"
	"unicode"
)

// localPath keeps a return address ("next") on this site, so sign-in, registration, the
// charter and the language switcher cannot be used to send someone elsewhere. It returns next
// when it is a path of this site, else "/".
//
// Browsers are lenient where a check by prefix is not: they drop tabs and newlines anywhere
// in a URL ("/\t/evil.test" becomes "//evil.test") and read a backslash as a slash
// ("/\evil.test" is "//evil.test"). So next is refused with any control or space character
// or backslash, and it must parse as a URL with neither scheme nor host whose path starts with
// one slash only.
func localPath(next string) string {
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") ||
		strings.ContainsFunc(next, func(r rune) bool { return r == '\\' || unicode.IsControl(r) || unicode.IsSpace(r) }) {
		return "/"
	}
	u, err := url.Parse(next)
	if err != nil || u.Scheme != "" || u.Host != "" || u.User != nil || u.Opaque != "" ||
		!strings.HasPrefix(u.Path, "/") || strings.HasPrefix(u.Path, "//") {
		return "/"
	}
	return next
}
