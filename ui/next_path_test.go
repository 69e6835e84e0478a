package ui

import (
	"net/url"
	"strings"
	"testing"
)

func TestLocalPathKeepsOnlyPathsOfThisSite(t *testing.T) {
	t.Parallel()
	kept := []string{
		"/", "/me", "/programs/open-doors/apply/mentee", "/guide?x=1#top", "/matches/abc#messages",
		"/search?q=%2F%2Fevil.test", "/a//b", "/caf%C3%A9",
	}
	for _, next := range kept {
		if got := localPath(next); got != next {
			t.Errorf("localPath(%q) = %q, want it kept", next, got)
		}
	}
	refused := []string{
		"", "me", "evil.test", "https://evil.test/", "//evil.test/", "///evil.test/", "/\\evil.test/", "\\\\evil.test",
		"/\t/evil.test/", "/\n/evil.test", "/\r/evil.test", "\t//evil.test", "/ /evil.test", "/\x00/evil.test",
		"/\x7f/evil.test", "/\u0085/evil.test", "/\u00a0/evil.test", "/%2F/evil.test", "/%2f%2fevil.test",
		"javascript:alert(1)", "/%zz", "http:/evil.test", " /me",
	}
	for _, next := range refused {
		if got := localPath(next); got != "/" {
			t.Errorf("localPath(%q) = %q, want /", next, got)
		}
	}
}

// FuzzLocalPath: whatever comes in, what comes out is "/" or the input, and it is a path of
// this site even read the lenient way browsers read a Location (tabs and newlines dropped,
// backslashes as slashes, dot segments resolved).
func FuzzLocalPath(f *testing.F) {
	for _, seed := range []string{"/me", "//evil.test", "/\t/evil.test/", "/\\evil.test", "/..//evil.test", "/%2F%2Fx", "/a?b=//c#//d"} {
		f.Add(seed)
	}
	base, _ := url.Parse("https://portal.test/login")
	f.Fuzz(func(t *testing.T, next string) {
		got := localPath(next)
		if got != "/" && got != next {
			t.Fatalf("localPath(%q) = %q, neither the input nor /", next, got)
		}
		lenient := strings.NewReplacer("\t", "", "\n", "", "\r", "", "\\", "/").Replace(got)
		if !strings.HasPrefix(lenient, "/") || strings.HasPrefix(lenient, "//") {
			t.Fatalf("localPath(%q) = %q, which a browser reads as %q", next, got, lenient)
		}
		u, err := url.Parse(lenient)
		if err != nil {
			t.Fatalf("localPath(%q) = %q, which does not parse: %v", next, got, err)
		}
		if to := base.ResolveReference(u); to.Host != base.Host || to.Scheme != base.Scheme || to.User != nil {
			t.Fatalf("localPath(%q) = %q leads to %s", next, got, to)
		}
	})
}
