package calendar

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// checker runs one strict iCalendar parser on a file and returns its output: EVENT and DESC
// lines (see testdata/checkers) or ERROR lines with a non-nil error.
type checker struct {
	name string
	// setup finds or builds the tool; it returns a reason to skip when the tool is missing.
	setup func(t *testing.T) (run func(file string) ([]byte, error), missing string)
}

var checkers = []checker{
	{"libical", setupLibical},
	{"python-icalendar", setupPythonICalendar},
	{"ical.js", setupICalJS},
}

// requireTools reports whether a missing tool fails the test instead of skipping it (CI).
func requireTools() bool { return os.Getenv("MENTORBASE_REQUIRE_TOOLS") == "1" }

func setupLibical(t *testing.T) (func(string) ([]byte, error), string) {
	cc, err := exec.LookPath("cc")
	if err != nil {
		return nil, "no C compiler (cc): install gcc and libical-dev"
	}
	flags, err := exec.Command("pkg-config", "--cflags", "--libs", "libical").Output()
	if err != nil {
		return nil, "pkg-config cannot find libical: install pkg-config and libical-dev"
	}
	bin := filepath.Join(t.TempDir(), "libical_check")
	args := append([]string{"-o", bin, filepath.Join("testdata", "checkers", "libical_check.c")}, strings.Fields(string(flags))...)
	if out, err := exec.Command(cc, args...).CombinedOutput(); err != nil {
		t.Fatalf("compiling the libical checker: %v\n%s", err, out)
	}
	return func(file string) ([]byte, error) { return exec.Command(bin, file).CombinedOutput() }, ""
}

func setupPythonICalendar(t *testing.T) (func(string) ([]byte, error), string) {
	// Debian's python3-icalendar lives in the system interpreter, which a pyenv or venv
	// python3 earlier on PATH does not see.
	for _, python := range []string{"python3", "/usr/bin/python3"} {
		if exec.Command(python, "-c", "import icalendar").Run() == nil {
			script := filepath.Join("testdata", "checkers", "icalendar_check.py")
			return func(file string) ([]byte, error) { return exec.Command(python, script, file).CombinedOutput() }, ""
		}
	}
	return nil, "Python's icalendar is missing: install python3-icalendar"
}

func setupICalJS(t *testing.T) (func(string) ([]byte, error), string) {
	dir := os.Getenv("MENTORBASE_ICALJS_DIR")
	if dir == "" {
		cache, err := os.UserCacheDir()
		if err != nil {
			return nil, "no cache directory for ical.js: set MENTORBASE_ICALJS_DIR"
		}
		dir = filepath.Join(cache, "mentorbase", "icaljs")
	}
	if _, err := exec.LookPath("node"); err != nil {
		return nil, "node is missing: install nodejs, then run .ci/install-ical-tools"
	}
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "ical.js", "dist", "ical.js")); err != nil {
		return nil, fmt.Sprintf("ical.js is not in %s: run .ci/install-ical-tools and set MENTORBASE_ICALJS_DIR", dir)
	}
	script := filepath.Join("testdata", "checkers", "icaljs_check.mjs")
	return func(file string) ([]byte, error) { return exec.Command("node", script, dir, file).CombinedOutput() }, ""
}

// checkedFile is one file every checker reads, with the lines each must print.
type checkedFile struct {
	name string
	data []byte
	want []string
}

// checkedFiles writes every invite case and the feed, with the start of each event as the
// checkers must understand it: its wall-clock time in its zone and that instant in UTC.
func checkedFiles(t *testing.T) []checkedFile {
	var files []checkedFile
	for _, tc := range inviteCases(t) {
		data, err := Invite(tc.meeting, tc.method)
		if err != nil {
			t.Fatal(err)
		}
		e := tc.meeting.FeedEvent()
		want := []string{fmt.Sprintf("EVENT %s %s %s %s", e.UID, tc.wantLocal, tc.meeting.TimeZone, tc.wantUTC),
			"DESC " + e.UID + " " + strings.ReplaceAll(e.Description, "\n", `\n`)}
		files = append(files, checkedFile{tc.name, data, want})
	}
	events := feedEvents(t)
	data, err := Feed("Mentoring — Björn", events)
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, e := range events {
		loc, _ := time.LoadLocation(e.TimeZone)
		if e.AllDay {
			want = append(want, fmt.Sprintf("EVENT %s %s DATE -", e.UID, e.Start.In(loc).Format("2006-01-02")))
		} else {
			want = append(want, fmt.Sprintf("EVENT %s %s %s %s", e.UID, e.Start.In(loc).Format("2006-01-02T15:04:05"),
				e.TimeZone, e.Start.UTC().Format("2006-01-02T15:04:05Z")))
		}
		want = append(want, "DESC "+e.UID+" "+strings.ReplaceAll(e.Description, "\n", `\n`))
	}
	files = append(files, checkedFile{"feed", data, want})
	empty, err := Feed("Nothing yet", nil)
	if err != nil {
		t.Fatal(err)
	}
	return append(files, checkedFile{"empty feed", empty, nil})
}

func TestStrictParsersReadOurFiles(t *testing.T) {
	files := checkedFiles(t)
	dir := t.TempDir()
	for i := range files {
		path := filepath.Join(dir, fmt.Sprintf("%02d.ics", i))
		if err := os.WriteFile(path, files[i].data, 0o644); err != nil {
			t.Fatal(err)
		}
		files[i].name = files[i].name + " (" + path + ")"
	}
	for _, c := range checkers {
		t.Run(c.name, func(t *testing.T) {
			run, missing := c.setup(t)
			if missing != "" {
				if requireTools() {
					t.Fatal(missing)
				}
				t.Skip(missing)
			}
			for i, f := range files {
				out, err := run(filepath.Join(dir, fmt.Sprintf("%02d.ics", i)))
				got := strings.TrimRight(string(out), "\n")
				if err != nil || got != strings.Join(f.want, "\n") {
					t.Errorf("%s: %v\n%s\nwant\n%s", f.name, err, got, strings.Join(f.want, "\n"))
				}
				if testing.Verbose() && len(f.want) > 0 {
					t.Logf("%s:\n%s", f.name, got)
				}
			}
		})
	}
}
