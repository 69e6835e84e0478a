package icalcheck

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

var (
	workOnce sync.Once
	workPath string
	workErr  error
)

// workDir is the directory holding the checker sources and the compiled libical checker, in
// the user's cache directory (where .ci/install-ical-tools puts ical.js) under a name derived
// from the sources: every test binary shares it, nothing piles up in the temporary directory,
// and a changed checker gets a directory of its own. Without a cache directory it is a fresh
// temporary directory of this process.
func workDir() (string, error) {
	workOnce.Do(func() {
		names := make([]string, 0, len(sources))
		for name := range sources {
			names = append(names, name)
		}
		sort.Strings(names)
		h := sha256.New()
		for _, name := range names {
			fmt.Fprintf(h, "%s %d\n%s", name, len(sources[name]), sources[name])
		}
		if cache, err := os.UserCacheDir(); err == nil {
			workPath = filepath.Join(cache, "mentorbase", "icalcheck", hex.EncodeToString(h.Sum(nil))[:16])
			workErr = os.MkdirAll(workPath, 0o755)
		} else {
			workPath, workErr = os.MkdirTemp("", "mentorbase-icalcheck-")
		}
		for _, name := range names {
			if workErr == nil {
				workErr = writeOnce(filepath.Join(workPath, name), func(tmp string) error {
					return os.WriteFile(tmp, sources[name], 0o644)
				})
			}
		}
	})
	return workPath, workErr
}

// writeOnce creates path with write, unless it exists: write fills a temporary name that is
// then renamed, so that test binaries running at the same time never see half a file.
func writeOnce(path string, write func(tmp string) error) error {
	if _, err := os.Stat(path); err == nil {
		return nil
	}
	tmp := fmt.Sprintf("%s.%d.tmp", path, os.Getpid())
	if err := write(tmp); err != nil {
		os.Remove(tmp)
		return err
	}
	return os.Rename(tmp, path)
}

// compileLibical builds the libical checker with cc and pkg-config's flags into the work
// directory, once per libical version and set of flags.
func compileLibical(cc string, flags []string) (string, error) {
	dir, err := workDir()
	if err != nil {
		return "", err
	}
	version, _ := exec.Command("pkg-config", "--modversion", "libical").Output()
	h := sha256.Sum256([]byte(cc + "\n" + strings.TrimSpace(string(version)) + "\n" + strings.Join(flags, " ")))
	bin := filepath.Join(dir, "libical_check-"+hex.EncodeToString(h[:])[:12])
	err = writeOnce(bin, func(tmp string) error {
		args := append([]string{"-o", tmp, filepath.Join(dir, "libical_check.c")}, flags...)
		if out, err := exec.Command(cc, args...).CombinedOutput(); err != nil {
			return fmt.Errorf("compiling the libical checker: %v\n%s", err, out)
		}
		return nil
	})
	return bin, err
}
