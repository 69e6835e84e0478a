package icalcheck

import (
	_ "embed"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
)

// The checker sources travel inside the package so that a test in any directory can run them.
var (
	//go:embed checkers/libical_check.c
	libicalSource []byte
	//go:embed checkers/icalendar_check.py
	pythonSource []byte
	//go:embed checkers/icaljs_check.mjs
	icaljsSource []byte

	sources = map[string][]byte{
		"libical_check.c":    libicalSource,
		"icalendar_check.py": pythonSource,
		"icaljs_check.mjs":   icaljsSource,
	}
)

// command builds the command that checks one file.
type command func(file string) *exec.Cmd

// parser is one strict parser. find locates or builds its tool once per process; it returns
// why the tool is missing ("" when it is there), or an error when building it failed.
type parser struct {
	name string
	find func() (command, string, error)
}

var parsers = []parser{
	{"libical", once(findLibical)},
	{"python-icalendar", once(findPythonICalendar)},
	{"ical.js", once(findICalJS)},
}

// once runs find on the first call and returns its answer ever after.
func once(find func() (command, string, error)) func() (command, string, error) {
	var (
		o       sync.Once
		cmd     command
		missing string
		err     error
	)
	return func() (command, string, error) {
		o.Do(func() { cmd, missing, err = find() })
		return cmd, missing, err
	}
}

// findLibical compiles the C checker against libical, unless an earlier test binary did.
func findLibical() (command, string, error) {
	cc, err := exec.LookPath("cc")
	if err != nil {
		return nil, "no C compiler (cc): install gcc and libical-dev", nil
	}
	if _, err := exec.LookPath("pkg-config"); err != nil {
		return nil, "pkg-config is missing: install pkg-config and libical-dev", nil
	}
	flags, err := exec.Command("pkg-config", "--cflags", "--libs", "libical").Output()
	if err != nil {
		return nil, "pkg-config cannot find libical: install libical-dev", nil
	}
	bin, err := compileLibical(cc, strings.Fields(string(flags)))
	if err != nil {
		return nil, "", err
	}
	return func(file string) *exec.Cmd { return exec.Command(bin, file) }, "", nil
}

// findPythonICalendar finds a Python that imports icalendar. Debian's python3-icalendar lives
// in the system interpreter, which a pyenv or venv python3 earlier on PATH does not see.
func findPythonICalendar() (command, string, error) {
	dir, err := workDir()
	if err != nil {
		return nil, "", err
	}
	script := filepath.Join(dir, "icalendar_check.py")
	for _, python := range []string{"python3", "/usr/bin/python3"} {
		if exec.Command(python, "-c", "import icalendar").Run() == nil {
			return func(file string) *exec.Cmd { return exec.Command(python, script, file) }, "", nil
		}
	}
	return nil, "Python's icalendar is missing: install python3-icalendar", nil
}

// findICalJS finds node and the ical.js that .ci/install-ical-tools put in
// MENTORBASE_ICALJS_DIR (by default the user's cache directory).
func findICalJS() (command, string, error) {
	dir := os.Getenv("MENTORBASE_ICALJS_DIR")
	if dir == "" {
		cache, err := os.UserCacheDir()
		if err != nil {
			return nil, "no cache directory for ical.js: set MENTORBASE_ICALJS_DIR", nil
		}
		dir = filepath.Join(cache, "mentorbase", "icaljs")
	}
	if _, err := exec.LookPath("node"); err != nil {
		return nil, "node is missing: install nodejs, then run .ci/install-ical-tools", nil
	}
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "ical.js", "dist", "ical.js")); err != nil {
		return nil, fmt.Sprintf("ical.js is not in %s: run .ci/install-ical-tools and set MENTORBASE_ICALJS_DIR", dir), nil
	}
	work, err := workDir()
	if err != nil {
		return nil, "", err
	}
	script := filepath.Join(work, "icaljs_check.mjs")
	return func(file string) *exec.Cmd { return exec.Command("node", script, dir, file) }, "", nil
}
