package ui_test

import (
	"net/http"
	"testing"
)

// benchmarkPairPage serves url to person of the workspace world (seedPairs: two active pairs
// with a meeting each) b.N times, reporting the allocations: the participant pages' figures
// in README "Performance", which other work on the machine changes less than latency.
func benchmarkPairPage(b *testing.B, person, url string) {
	app := seedPairs(b)
	handler := newHandler(b, app)
	headers := map[string]string{"Cookie": cookies(b, findPerson(b, app, person))}
	b.ReportAllocs()
	for b.Loop() {
		if res := do(handler, http.MethodGet, url, nil, headers); res.Code != http.StatusOK {
			b.Fatalf("GET %s: %d", url, res.Code)
		}
	}
}

func BenchmarkMatchPageMentee(b *testing.B) { benchmarkPairPage(b, "sven", "/matches/"+wid("matcha")) }

func BenchmarkMatchPageMentor(b *testing.B) { benchmarkPairPage(b, "marie", "/matches/"+wid("matcha")) }

func BenchmarkMyMentoringMentee(b *testing.B) { benchmarkPairPage(b, "sven", "/me") }

func BenchmarkMyMentoringMentor(b *testing.B) { benchmarkPairPage(b, "marie", "/me") }

func BenchmarkPairMessages(b *testing.B) {
	benchmarkPairPage(b, "sven", "/matches/"+wid("matcha")+"/messages")
}

func BenchmarkHelpPage(b *testing.B) { benchmarkPairPage(b, "sven", "/help") }
