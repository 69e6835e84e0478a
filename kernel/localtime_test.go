package kernel

import (
	"errors"
	"testing"
	"time"
)

// TestParseLocalInput: what a coordinator types is the programme's wall clock, whatever the
// season, and a time the clocks skip is refused instead of silently moved.
func TestParseLocalInput(t *testing.T) {
	stockholm, _ := time.LoadLocation("Europe/Stockholm")
	paris, _ := time.LoadLocation("Europe/Paris")
	montreal, _ := time.LoadLocation("America/Montreal")
	for _, c := range []struct {
		name, value string
		loc         *time.Location
		wantUTC     string // RFC 3339 in UTC; "" for no date
		code        string
	}{
		{"winter kickoff in Stockholm is UTC+1", "2026-01-15T17:30", stockholm, "2026-01-15T16:30:00Z", ""},
		{"summer kickoff in Stockholm is UTC+2", "2026-06-15T17:30", stockholm, "2026-06-15T15:30:00Z", ""},
		{"the day summer time starts, after the change", "2026-03-29T03:30", stockholm, "2026-03-29T01:30:00Z", ""},
		{"the skipped half hour is refused", "2026-03-29T02:30", stockholm, "", CodeLocalTimeGap},
		{"the doubled hour is the first one", "2026-10-25T02:30", stockholm, "2026-10-25T00:30:00Z", ""},
		{"after the doubled hour", "2026-10-25T03:30", stockholm, "2026-10-25T02:30:00Z", ""},
		{"Paris and its seconds", "2026-09-01T09:00:00", paris, "2026-09-01T07:00:00Z", ""},
		{"another continent", "2026-11-02T18:00", montreal, "2026-11-02T23:00:00Z", ""},
		{"empty is no date", " ", stockholm, "", ""},
		{"a date without a time is refused", "2026-09-01", stockholm, "", CodeLocalTimeInvalid},
		{"nonsense is refused", "soon", stockholm, "", CodeLocalTimeInvalid},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := ParseLocalInput("starts_at", c.value, c.loc)
			var refused *Error
			if c.code != "" {
				if !errors.As(err, &refused) || refused.Code != c.code || refused.Field != "starts_at" {
					t.Fatalf("got %v, %v; want refusal %s", got, err, c.code)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if s := formatUTC(got); s != c.wantUTC {
				t.Fatalf("got %s, want %s", s, c.wantUTC)
			}
			if !got.IsZero() && LocalInput(got, c.loc) != c.value[:len(LocalInputLayout)] {
				t.Errorf("shown again as %s", LocalInput(got, c.loc))
			}
		})
	}
}

func formatUTC(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}
