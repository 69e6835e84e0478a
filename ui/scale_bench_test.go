package ui_test

import (
	"net/http"
	"testing"
)

// benchmarkAsMia serves url to mia, the matching world's mentee, in a directory of 5,000 more
// mentors, b.N times, reporting the allocations: figures that other work on the machine
// changes less than it changes latency (README "Performance").
func benchmarkAsMia(b *testing.B, url string, signedIn bool) {
	w := seedMatching(b)
	addListedMentors(b, w.app, w.open.Id, 5000)
	handler := newHandler(b, w.app)
	headers := map[string]string{}
	if signedIn {
		headers["Cookie"] = cookies(b, w.people["mia"])
	}
	// the first page reads the directory into memory once; the loop measures every page after
	if res := do(handler, http.MethodGet, url, nil, headers); res.Code != http.StatusOK {
		b.Fatalf("GET %s: %d", url, res.Code)
	}
	b.ReportAllocs()
	for b.Loop() {
		if res := do(handler, http.MethodGet, url, nil, headers); res.Code != http.StatusOK {
			b.Fatalf("GET %s: %d", url, res.Code)
		}
	}
}

func BenchmarkHome(b *testing.B) { benchmarkAsMia(b, "/", false) }

func BenchmarkProgrammePage(b *testing.B) { benchmarkAsMia(b, "/programs/open-mentors", false) }

func BenchmarkGuidePage(b *testing.B) { benchmarkAsMia(b, "/guide/how-it-works", false) }

func BenchmarkDirectoryFirstPage(b *testing.B) {
	benchmarkAsMia(b, "/programs/open-mentors/mentors", true)
}

func BenchmarkDirectoryFilteredPage(b *testing.B) {
	benchmarkAsMia(b, "/programs/open-mentors/mentors?language=sv&order=name&page=3", true)
}

func BenchmarkMentorProfile(b *testing.B) {
	benchmarkAsMia(b, "/programs/open-mentors/mentors/dirmntapp000007", true)
}
