// Package icalcheck is test support: it runs an iCalendar file through three strict parsers
// that real calendars are built on — libical with its RFC 5545/5546 restriction checks
// (Evolution, Thunderbird's ancestors), Python's icalendar and Mozilla's ical.js — and returns
// what each understood: the METHOD, and for every VEVENT its start as wall-clock time in its
// zone and as a UTC instant, its SEQUENCE and STATUS. Any test may call Check on the files the
// product writes. The tools come from .ci/install-ical-tools; a missing one skips the test
// naming what to install, or fails it when MENTORBASE_REQUIRE_TOOLS=1 (CI).
package icalcheck

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// Event is one VEVENT as a parser understood it.
type Event struct {
	UID string
	// Local is the start as wall-clock time in TZID, 2006-01-02T15:04:05, or the day of an
	// all-day event, 2006-01-02.
	Local string
	// TZID is the zone of DTSTART: an IANA name, "UTC", or "DATE" for an all-day event.
	TZID string
	// UTC is the start instant in UTC, 2006-01-02T15:04:05Z, or "-" for an all-day event.
	UTC string
	// Sequence is the SEQUENCE, -1 when the event has none.
	Sequence int
	// Status is the STATUS (TENTATIVE, CONFIRMED, CANCELLED), "" when the event has none.
	Status string
	// Description is the DESCRIPTION, unescaped.
	Description string
}

// Result is what one parser printed for one file.
type Result struct {
	Parser string // "libical", "python-icalendar" or "ical.js"
	Method string // the calendar's METHOD, "" when it has none
	Events []Event
	// Errors are the parse, restriction and time zone errors the parser reported, and its
	// failure if it exited with an error; Check reports them on the test.
	Errors []string
	Output string // everything the parser printed
}

// Event returns the event with the given UID and whether the parser saw it.
func (r Result) Event(uid string) (Event, bool) {
	for _, e := range r.Events {
		if e.UID == uid {
			return e, true
		}
	}
	return Event{}, false
}

// Check runs every parser on ics, reports each error a parser found as a test error, and
// returns one Result per parser that ran. When a parser's tool is missing, Check still runs
// the others and reports their errors, then skips the test naming what to install, or fails
// it when MENTORBASE_REQUIRE_TOOLS=1.
func Check(t testing.TB, ics []byte) []Result {
	t.Helper()
	results, missing, err := run(ics)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range results {
		if len(r.Errors) > 0 {
			t.Errorf("%s rejects the file:\n%s\n--- file ---\n%s", r.Parser, strings.Join(r.Errors, "\n"), ics)
		}
	}
	if len(missing) > 0 {
		if os.Getenv("MENTORBASE_REQUIRE_TOOLS") == "1" {
			t.Fatal(strings.Join(missing, "; "))
		}
		t.Skip(strings.Join(missing, "; "))
	}
	return results
}

// run writes ics to a file, runs every available parser on it and says why the others are
// missing. err is a failure of the harness itself (writing the file, building a checker).
// The parsers run at the same time: each spends most of its run starting its interpreter,
// and a test checking a few dozen files waited for them one after another.
func run(ics []byte) (results []Result, missing []string, err error) {
	f, err := os.CreateTemp("", "icalcheck-*.ics")
	if err != nil {
		return nil, nil, err
	}
	defer os.Remove(f.Name())
	if _, err := f.Write(ics); err != nil {
		f.Close()
		return nil, nil, err
	}
	if err := f.Close(); err != nil {
		return nil, nil, err
	}
	commands := make([]command, len(parsers))
	for i, p := range parsers {
		exec, why, err := p.find()
		if err != nil {
			return nil, nil, fmt.Errorf("icalcheck: %s: %w", p.name, err)
		}
		if why != "" {
			missing = append(missing, p.name+": "+why)
		}
		commands[i] = exec
	}
	ran := make([]Result, len(parsers))
	var wg sync.WaitGroup
	for i, exec := range commands {
		if exec != nil {
			wg.Go(func() {
				out, runErr := exec(f.Name()).CombinedOutput()
				ran[i] = parseOutput(parsers[i].name, string(out), runErr)
			})
		}
	}
	wg.Wait()
	for i, exec := range commands {
		if exec != nil {
			results = append(results, ran[i])
		}
	}
	return results, missing, nil
}

// parseOutput reads a checker's METHOD, EVENT, DESC and ERROR lines (see the checker
// sources); any other line, a malformed one or a failed run is an error.
func parseOutput(parser, out string, runErr error) Result {
	r := Result{Parser: parser, Output: out}
	for _, line := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
		kind, rest, _ := strings.Cut(line, " ")
		switch kind {
		case "":
		case "METHOD":
			r.Method = rest
		case "EVENT":
			e, ok := parseEvent(rest)
			if !ok {
				r.Errors = append(r.Errors, "unreadable checker line: "+line)
				continue
			}
			r.Events = append(r.Events, e)
		case "DESC":
			uid, desc, _ := strings.Cut(rest, " ")
			if n := len(r.Events); n == 0 || r.Events[n-1].UID != uid {
				r.Errors = append(r.Errors, "checker line without its EVENT: "+line)
			} else {
				r.Events[n-1].Description = unescape.Replace(desc)
			}
		default:
			r.Errors = append(r.Errors, line)
		}
	}
	if runErr != nil {
		r.Errors = append(r.Errors, fmt.Sprintf("%s failed: %v", parser, runErr))
	}
	return r
}

// parseEvent reads "<uid> <local> <tzid> <utc> <sequence|-> <status|->".
func parseEvent(fields string) (Event, bool) {
	f := strings.Fields(fields)
	if len(f) != 6 {
		return Event{}, false
	}
	e := Event{UID: f[0], Local: f[1], TZID: f[2], UTC: f[3], Sequence: -1, Status: strings.TrimPrefix(f[5], "-")}
	if f[4] != "-" {
		seq, err := strconv.Atoi(f[4])
		if err != nil {
			return Event{}, false
		}
		e.Sequence = seq
	}
	return e, true
}

// unescape undoes the checkers' escaping of a description onto one line.
var unescape = strings.NewReplacer(`\\`, `\`, `\n`, "\n")
