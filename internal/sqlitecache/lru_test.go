package sqlitecache

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestStatementsAreReusedAndBounded runs queries on one connection caching two statements,
// then closes it.
func TestStatementsAreReusedAndBounded(t *testing.T) {
	db := sql.OpenDB(connector{dsn: filepath.Join(t.TempDir(), "data.db"), size: 2})
	db.SetMaxOpenConns(1)
	steps := []struct {
		query string
		want  []string // the cached statements after it, most recent first
	}{
		{"SELECT 1", []string{"SELECT 1"}},
		{"SELECT 2", []string{"SELECT 2", "SELECT 1"}},
		{"SELECT 1", []string{"SELECT 1", "SELECT 2"}},
		{"SELECT 3", []string{"SELECT 3", "SELECT 1"}},
		{"SELECT 4; SELECT 5", []string{"SELECT 3", "SELECT 1"}},
		{"SELECT 3;", []string{"SELECT 3;", "SELECT 3"}},
	}
	var first *entry
	for _, step := range steps {
		if _, err := db.Exec(step.query); err != nil {
			t.Fatal(err)
		}
		c := rawConn(t, db)
		var got []string
		for el := c.cache.order.Front(); el != nil; el = el.Next() {
			got = append(got, el.Value.(*entry).query)
		}
		if !slices.Equal(got, step.want) {
			t.Errorf("after %q: cached %q, want %q", step.query, got, step.want)
		}
		if step.query == "SELECT 1" {
			if first != nil && c.cache.get("SELECT 1") != first {
				t.Error("SELECT 1 was prepared again")
			}
			first = c.cache.get("SELECT 1")
		}
	}
	c := rawConn(t, db)
	if err := db.Close(); err != nil || c.cache.order.Len() != 0 {
		t.Errorf("closing: %v, %d statements left", err, c.cache.order.Len())
	}
}

func rawConn(t *testing.T, db *sql.DB) *conn {
	dc, err := db.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer dc.Close()
	var c *conn
	dc.Raw(func(raw any) error { c = raw.(*conn); return nil })
	return c
}

// TestStatementsAreFinalizedOnceFree: statements let go of are finalized, those whose rows are
// open only when the rows close.
func TestStatementsAreFinalizedOnceFree(t *testing.T) {
	cases := []struct {
		name string
		run  func(l *lru, add func(query string) *entry)
		want string // the statements finalized, in order
	}{
		{"the least recently used is evicted", func(l *lru, add func(string) *entry) {
			add("a")
			add("b")
			l.get("a")
			add("c")
			add("d")
		}, "b,a"},
		{"a statement with open rows is finalized when they close", func(l *lru, add func(string) *entry) {
			a := add("a")
			a.busy = true
			add("b")
			add("c")
			a.release()
		}, "a"},
		{"closing the connection", func(l *lru, add func(string) *entry) {
			a := add("a")
			a.busy = true
			add("b")
			l.clear()
			a.release()
		}, "b,a"},
		{"released rows keep their statement", func(l *lru, add func(string) *entry) {
			a := add("a")
			a.busy = true
			a.release()
			add("b")
		}, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var closed []string
			l := newLRU(2)
			tc.run(l, func(query string) *entry {
				return l.add(query, fakeStmt{query: query, closed: &closed})
			})
			if got := strings.Join(closed, ","); got != tc.want {
				t.Errorf("finalized %q, want %q", got, tc.want)
			}
		})
	}
}

// fakeStmt records its Close.
type fakeStmt struct {
	query  string
	closed *[]string
}

func (s fakeStmt) Close() error {
	*s.closed = append(*s.closed, s.query)
	return nil
}
func (fakeStmt) NumInput() int                              { return -1 }
func (fakeStmt) Exec([]driver.Value) (driver.Result, error) { return nil, driver.ErrSkip }
func (fakeStmt) Query([]driver.Value) (driver.Rows, error)  { return nil, driver.ErrSkip }
func (fakeStmt) ExecContext(context.Context, []driver.NamedValue) (driver.Result, error) {
	return nil, driver.ErrSkip
}
func (fakeStmt) QueryContext(context.Context, []driver.NamedValue) (driver.Rows, error) {
	return nil, driver.ErrSkip
}
