package workspace

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"os"
	"sync"
	"syscall"
	"time"
)

// FreeBusy fetches people's free/busy calendars, server-side: with a timeout, a size limit,
// no redirect to another scheme, and (unless AllowPrivate) no connection to a loopback,
// private, link-local or otherwise internal address, so an address typed into the portal
// cannot make the server read its own network. Answers are kept for TTL, failures too, so a
// slow calendar costs one wait per TTL rather than one per page.
type FreeBusy struct {
	Timeout      time.Duration
	MaxBytes     int64
	TTL          time.Duration
	AllowPrivate bool

	mu    sync.Mutex
	cache map[string]fetched
}

// fetched is one address's answer and when it was fetched.
type fetched struct {
	at   time.Time
	busy []Interval
	err  error
}

// DefaultFreeBusy is the portal's fetcher: 5 s, 1 MB, 5 minutes. The environment variable
// MENTORBASE_FREEBUSY_ALLOW_PRIVATE=1 lets it reach private addresses (tests, or a portal
// whose calendars live on its own network).
var DefaultFreeBusy = &FreeBusy{Timeout: 5 * time.Second, MaxBytes: 1 << 20, TTL: 5 * time.Minute,
	AllowPrivate: os.Getenv("MENTORBASE_FREEBUSY_ALLOW_PRIVATE") == "1"}

// ErrFreeBusyTooBig is the refusal of a calendar larger than MaxBytes.
var ErrFreeBusyTooBig = errors.New("free/busy calendar too large")

// errPrivateAddress is the refusal of an address inside the server's own network.
var errPrivateAddress = errors.New("free/busy address is private")

// Busy is the busy time of the calendar at address, fetched or from the cache.
func (f *FreeBusy) Busy(ctx context.Context, address string) ([]Interval, error) {
	if busy, known, err := f.cached(address); known {
		return busy, err
	}
	busy, err := f.fetch(ctx, address)
	if ctx.Err() != nil {
		return nil, err // the reader left: nothing learnt about the calendar, nothing kept
	}
	f.mu.Lock()
	if f.cache == nil {
		f.cache = map[string]fetched{}
	}
	for other, got := range f.cache {
		if time.Since(got.at) >= f.TTL {
			delete(f.cache, other) // the cache holds the calendars read in the last TTL only
		}
	}
	f.cache[address] = fetched{at: time.Now(), busy: busy, err: err}
	f.mu.Unlock()
	return busy, err
}

// cached is the answer kept for address, known false when there is none from the last TTL.
func (f *FreeBusy) cached(address string) (busy []Interval, known bool, err error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	got, ok := f.cache[address]
	if !ok || time.Since(got.at) >= f.TTL {
		return nil, false, nil
	}
	return got.busy, true, got.err
}

// fetch reads and parses the calendar at address.
func (f *FreeBusy) fetch(ctx context.Context, address string) ([]Interval, error) {
	if !isWebAddress(address) {
		return nil, fmt.Errorf("free/busy address %q is not http or https", address)
	}
	ctx, cancel := context.WithTimeout(ctx, f.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, address, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "text/calendar")
	res, err := f.client().Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("free/busy address answered %s", res.Status)
	}
	body, err := io.ReadAll(io.LimitReader(res.Body, f.MaxBytes+1))
	if err != nil {
		return nil, err
	}
	if int64(len(body)) > f.MaxBytes {
		return nil, ErrFreeBusyTooBig
	}
	return ParseBusy(body, time.Now().AddDate(0, 0, -1), time.Now().AddDate(0, 0, BookingDays+2))
}

// client is an HTTP client that follows at most 3 redirects, to http or https only, and
// dials only addresses AllowPrivate permits (checked on the address actually dialled, so a
// name resolving to a private address is refused as well). It ignores proxy settings so
// the check sees the real destination.
func (f *FreeBusy) client() *http.Client {
	dialer := &net.Dialer{Timeout: f.Timeout, Control: func(_, address string, _ syscall.RawConn) error {
		host, _, err := net.SplitHostPort(address)
		if err != nil {
			return err
		}
		ip, err := netip.ParseAddr(host)
		if err != nil || !f.AllowPrivate && !publicAddress(ip) {
			return errPrivateAddress
		}
		return nil
	}}
	transport := &http.Transport{DialContext: dialer.DialContext, TLSHandshakeTimeout: f.Timeout, DisableKeepAlives: true,
		ResponseHeaderTimeout: f.Timeout, MaxResponseHeaderBytes: 64 << 10}
	return &http.Client{Transport: transport, Timeout: f.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= 3 || (req.URL.Scheme != "http" && req.URL.Scheme != "https") {
				return http.ErrUseLastResponse
			}
			return nil
		}}
}

// publicAddress reports whether ip is an address on the public internet.
func publicAddress(ip netip.Addr) bool {
	ip = ip.Unmap()
	return ip.IsGlobalUnicast() && !ip.IsPrivate() && !ip.IsLoopback() && !ip.IsLinkLocalUnicast() &&
		!netip.MustParsePrefix("100.64.0.0/10").Contains(ip) && !netip.MustParsePrefix("fc00::/7").Contains(ip)
}
