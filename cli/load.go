package cli

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"
)

// loadOptions are the load command's flags.
type loadOptions struct {
	url                    string
	connections            int
	duration, warmup, wait time.Duration
	only                   string // a regular expression the page's label must match
	pid                    int    // the server's process, to read its CPU time and memory (Linux)
	people                 int    // mentees and mentors each role's connections are spread over
}

// newLoadCmd measures a running portal holding the demo: every page of every role, one
// after the other, from as many connections at once (README "Performance").
func newLoadCmd() *cobra.Command {
	var o loadOptions
	cmd := &cobra.Command{
		Use:   "load",
		Short: "Measure a running portal loaded with the demo: req/s, p50, p99, errors and size of every page",
		Long: "Signs in as the demo's coordinator and as --people mentees and mentors of its self-service " +
			"programme (the demo's own first, then people with a pair, such as demo --scale adds), and stays " +
			"a visitor; finds each person's pages, then requests each page from --connections connections " +
			"spread over the role's people for --duration after " +
			"--warmup, printing requests per second, the median and 99th percentile latency, the " +
			"errors (any answer but 200, and time-outs) and the size of one page, with PocketBase's " +
			"own JSON list of the same records beside the portal's pages; with --pid, the server's CPU " +
			"time per request and its memory too. Only for a server of your own.",
		Args:         cobra.NoArgs,
		SilenceUsage: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			var only *regexp.Regexp
			if o.only != "" {
				var err error
				if only, err = regexp.Compile(o.only); err != nil {
					return fmt.Errorf("load --only: %w", err)
				}
			}
			targets, err := loadTargets(strings.TrimRight(o.url, "/"), o.people, o.connections)
			if err != nil {
				return fmt.Errorf("load: %w", err)
			}
			out := cmd.OutOrStdout()
			tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', tabwriter.AlignRight)
			fmt.Fprintln(tw, "page\trole\treq/s\tp50\tp99\terrors\tone page\tCPU/req\tRSS\tload avg\t")
			for _, target := range targets {
				if only != nil && !only.MatchString(target.label) {
					continue
				}
				// the table is aligned once every page is measured; meanwhile, what is being measured
				fmt.Fprintf(os.Stderr, "%s (%s)…\n", target.label, target.role)
				settle(target.visits[0].person.client, strings.TrimRight(o.url, "/"))
				r := hammer(target, o)
				fmt.Fprintf(tw, "%s\t%s\t%.0f\t%s\t%s\t%d\t%s\t%s\t%s\t%s\t\n", target.label, target.role, r.rate,
					ms(r.p50), ms(r.p99), r.errors, size(r.bytes), ms(r.cpu), serverMemory(o.pid, "VmRSS"), loadAverage())
			}
			tw.Flush()
			if o.pid != 0 {
				fmt.Fprintf(out, "server's peak memory (VmHWM): %s\n", serverMemory(o.pid, "VmHWM"))
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&o.url, "url", "http://127.0.0.1:8090", "the portal's address (a server of your own)")
	cmd.Flags().IntVar(&o.connections, "connections", 64, "requests in flight at once")
	cmd.Flags().DurationVar(&o.duration, "duration", 5*time.Second, "how long each page is measured")
	cmd.Flags().DurationVar(&o.warmup, "warmup", 2*time.Second, "how long each page is requested before measuring")
	cmd.Flags().DurationVar(&o.wait, "timeout", 10*time.Second, "a request still unanswered then is an error")
	cmd.Flags().IntVar(&o.pid, "pid", 0, "the server's process id: adds its CPU time per request, which other work on the machine changes less than latency, and its memory (Linux)")
	cmd.Flags().IntVar(&o.people, "people", 8, "how many mentees and mentors each role's connections are spread over, each requesting their own pages (the demo has one coordinator)")
	cmd.Flags().StringVar(&o.only, "only", "", "measure only the pages whose label matches this regular expression")
	return cmd
}

// loadResult is what one page's measurement found.
type loadResult struct {
	rate     float64
	p50, p99 time.Duration
	errors   int
	bytes    int
	cpu      time.Duration // the server's CPU time per answered request, when its pid is known
}

// hammer requests the target from o.connections goroutines, first for o.warmup (not counted)
// and then for o.duration.
func hammer(t loadTarget, o loadOptions) loadResult {
	run := func(d time.Duration) (latencies []time.Duration, errors, bytes int) {
		var mu sync.Mutex
		var wg sync.WaitGroup
		deadline := time.Now().Add(d)
		for c := range o.connections {
			visit := t.visits[c%len(t.visits)]
			wg.Go(func() {
				var mine []time.Duration
				failed, size := 0, 0
				for time.Now().Before(deadline) {
					took, n, err := fetch(visit, o.wait)
					if err != nil {
						failed++
						continue
					}
					mine, size = append(mine, took), n
				}
				mu.Lock()
				latencies, errors, bytes = append(latencies, mine...), errors+failed, max(bytes, size)
				mu.Unlock()
			})
		}
		wg.Wait()
		return latencies, errors, bytes
	}
	run(o.warmup)
	started, cpu := time.Now(), serverCPU(o.pid)
	latencies, errors, bytes := run(o.duration)
	elapsed, used := time.Since(started), serverCPU(o.pid)-cpu
	slices.Sort(latencies)
	r := loadResult{rate: float64(len(latencies)) / elapsed.Seconds(), errors: errors, bytes: bytes}
	if len(latencies) > 0 {
		r.cpu = used / time.Duration(len(latencies))
		r.p50, r.p99 = latencies[len(latencies)/2], latencies[len(latencies)*99/100]
	}
	return r
}

// settle waits, at most a minute, until the server answers its health check within 50 ms:
// requests that the previous page's clients gave up on may still be running, and would be
// counted against the next page.
func settle(client *http.Client, base string) {
	for range 120 {
		started := time.Now()
		res, err := client.Get(base + "/api/health")
		if err == nil {
			io.Copy(io.Discard, res.Body)
			res.Body.Close()
			if time.Since(started) < 50*time.Millisecond {
				return
			}
		}
		time.Sleep(500 * time.Millisecond)
	}
}

// fetch requests one person's page once; any answer but 200 is an error.
func fetch(t loadVisit, wait time.Duration) (time.Duration, int, error) {
	ctx, cancel := context.WithTimeout(context.Background(), wait)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, t.url, nil)
	if err != nil {
		return 0, 0, err
	}
	started := time.Now()
	res, err := t.person.client.Do(req)
	if err != nil {
		return 0, 0, err
	}
	n, err := io.Copy(io.Discard, res.Body)
	res.Body.Close()
	if err == nil && res.StatusCode != http.StatusOK {
		err = fmt.Errorf("%s: %s", t.url, res.Status)
	}
	return time.Since(started), int(n), err
}

func ms(d time.Duration) string {
	if d == 0 {
		return "—"
	}
	return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000)
}

func size(n int) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%.2f MB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%.1f KB", float64(n)/1024)
}

// serverCPU is the user and system CPU time process pid has used (Linux), 0 when unknown.
func serverCPU(pid int) time.Duration {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if pid == 0 || err != nil {
		return 0
	}
	// the fields after the command name, which may hold spaces, in parentheses
	fields := strings.Fields(string(raw[strings.LastIndexByte(string(raw), ')')+1:]))
	if len(fields) < 13 {
		return 0
	}
	user, _ := strconv.Atoi(fields[11])
	system, _ := strconv.Atoi(fields[12])
	return time.Duration(user+system) * time.Second / 100 // clock ticks: USER_HZ is 100 on Linux
}

// serverMemory is a memory figure of process pid, as /proc/<pid>/status names it ("VmRSS": its
// resident memory now, "VmHWM": the most it ever held), "—" when unknown (not Linux, no pid).
func serverMemory(pid int, field string) string {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if pid == 0 || err != nil {
		return "—"
	}
	for line := range strings.Lines(string(raw)) {
		if name, value, ok := strings.Cut(line, ":"); ok && name == field {
			kb, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(value), " kB"))
			return fmt.Sprintf("%d MB", kb/1024)
		}
	}
	return "—"
}

// loadAverage is the machine's one-minute load average (Linux), the noise beside a figure.
func loadAverage() string {
	raw, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "—"
	}
	return strings.Fields(string(raw))[0]
}
