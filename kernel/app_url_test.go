package kernel

import "testing"

// The Application URL follows the server only while both are on this machine.
func TestLocalAppURL(t *testing.T) {
	for _, c := range []struct {
		current, addr, want string
		ok                  bool
	}{
		{"http://localhost:8090", "127.0.0.1:8090", "http://127.0.0.1:8090", true},
		{"http://127.0.0.1:8090", "127.0.0.1:8193", "http://127.0.0.1:8193", true},
		{"http://127.0.0.1:8090", "127.0.0.1:8090", "", false},
		{"http://localhost:8090", "[::1]:8090", "http://[::1]:8090", true},
		{"http://localhost:8090", "0.0.0.0:8090", "", false},
		{"http://localhost:8090", ":8090", "", false},
		{"https://mentoring.example.edu", "127.0.0.1:8090", "", false},
		{"https://localhost:8443", "127.0.0.1:8090", "", false},
		{"http://localhost:8090/mentoring", "127.0.0.1:8090", "", false},
		{"", "127.0.0.1:8090", "", false},
	} {
		got, ok := LocalAppURL(c.current, c.addr)
		if got != c.want || ok != c.ok {
			t.Errorf("LocalAppURL(%q, %q) = %q, %v; want %q, %v", c.current, c.addr, got, ok, c.want, c.ok)
		}
	}
}
