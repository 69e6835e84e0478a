package matching

import (
	"bytes"
	"encoding/json"
	"testing"
)

// FuzzParseProfiles checks that a profile list either is refused or has distinct non-empty
// ids, survives a JSON round trip and scores every pair from 0 to 100.
func FuzzParseProfiles(f *testing.F) {
	for _, seed := range []string{
		`[]`, `null`, `{}`, `[{}]`, `[{"id": ""}]`, `[{"id": "a"}, {"id": "a"}]`,
		`[{"id": "e1", "development_areas": ["t1", "t2"], "interests": ["t1"], "languages": ["en"], "area": "Lille", "city": "Lille", "meeting_modes": ["video"]},
		  {"id": "r1", "skills": ["t1"], "industry": "i", "job_function": "j", "english_ok": true, "capacity": 2, "area": " LILLE ", "meeting_modes": ["video", "phone"]}]`,
		`[{"id": "x", "skills": [""], "languages": ["", "en", "en"], "area": "\u00e9", "capacity": -3}]`,
		`[{"id": "x", "capacity": 1e400}]`, `[{"id": "\xff\xfe"}]`, `[{"id": 1}]`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		profiles, err := ParseProfiles(data)
		if err != nil {
			return
		}
		seen := map[string]bool{}
		for _, p := range profiles {
			if p.ID == "" || seen[p.ID] {
				t.Fatalf("profile id %q accepted empty or twice", p.ID)
			}
			seen[p.ID] = true
		}
		once, err := json.Marshal(profiles)
		if err != nil {
			t.Fatal(err)
		}
		back, err := ParseProfiles(once)
		if err != nil {
			t.Fatalf("round trip of %s: %v", once, err)
		}
		twice, _ := json.Marshal(back)
		if !bytes.Equal(once, twice) {
			t.Fatalf("round trip changed the profiles:\n%s\n%s", once, twice)
		}
		if len(profiles) > 16 {
			profiles = profiles[:16] // scoring is quadratic; a few profiles show any fault
		}
		c := DefaultCriteria()
		c.Must = []string{CriterionLanguages}
		s := NewScorer(c, profiles, profiles)
		for i := range profiles {
			for j := range profiles {
				if got := s.Score(i, j); got != Forbidden && (got < 0 || got > 100) {
					t.Fatalf("pair %d, %d scores %d", i, j, got)
				}
				checkScore(t, s.Explain(i, j), c)
			}
		}
	})
}
