package sqlitecache

import (
	"context"
	"database/sql/driver"
	"errors"
	"strings"
)

// sqliteConn is what modernc's connection implements and database/sql uses. It implements no
// NamedValueChecker, so database/sql converts arguments with its default converter; conn
// does not implement one either, which keeps the conversions exactly as they were.
type sqliteConn interface {
	driver.Conn
	driver.ConnBeginTx
	driver.ConnPrepareContext
	driver.ExecerContext
	driver.QueryerContext
	driver.Pinger
	driver.SessionResetter
	driver.Validator
}

// sqliteStmt is what modernc's prepared statement implements: it keeps its prepared handle
// of a single statement and resets it after each run instead of finalizing it.
type sqliteStmt interface {
	driver.Stmt
	driver.StmtExecContext
	driver.StmtQueryContext
}

// conn is a modernc connection whose QueryContext and ExecContext run cached prepared
// statements. database/sql never uses a connection from two goroutines at once (rows are
// read and closed under the connection's lock), so neither the cache nor its entries need one.
type conn struct {
	sqliteConn
	cache *lru
}

func newConn(inner driver.Conn, size int) (driver.Conn, error) {
	c, ok := inner.(sqliteConn)
	if !ok {
		inner.Close()
		return nil, errors.New("sqlitecache: modernc's connection no longer implements the interfaces it wraps")
	}
	return &conn{sqliteConn: c, cache: newLRU(size)}, nil
}

// QueryContext runs query through its cached statement, or uncached when the statement's
// rows are still open (the same query run again while reading them, in a transaction).
func (c *conn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	e, err := c.statement(ctx, query)
	if err != nil || e == nil || e.busy {
		return c.sqliteConn.QueryContext(ctx, query, args)
	}
	rows, err := e.stmt.QueryContext(ctx, args)
	if err != nil {
		return nil, err
	}
	e.busy = true
	return &cachedRows{Rows: rows, entry: e}, nil
}

// ExecContext runs query through its cached statement, or uncached while rows of the same
// statement are open. The statement is reset before ExecContext returns.
func (c *conn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	e, err := c.statement(ctx, query)
	if err != nil || e == nil || e.busy {
		return c.sqliteConn.ExecContext(ctx, query, args)
	}
	return e.stmt.ExecContext(ctx, args)
}

// statement returns query's cached statement, preparing and caching it on first use, or nil
// when query is not cached (a script). A statement that does not prepare returns the error,
// and the caller runs it uncached to return the error exactly as modernc words it.
func (c *conn) statement(ctx context.Context, query string) (*entry, error) {
	if !single(query) {
		return nil, nil
	}
	if e := c.cache.get(query); e != nil {
		return e, nil
	}
	s, err := c.sqliteConn.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	stmt, ok := s.(sqliteStmt)
	if !ok {
		s.Close()
		return nil, nil
	}
	return c.cache.add(query, stmt), nil
}

// single reports whether query holds one statement, the only kind modernc keeps prepared:
// it finalizes and parses a script's statements again on every run. A semicolon inside a
// string literal only makes a statement uncached.
func single(query string) bool {
	return !strings.Contains(strings.TrimRight(query, "; \t\r\n"), ";")
}

// Close finalizes the cached statements, then closes the connection.
func (c *conn) Close() error {
	err := c.cache.clear()
	if cerr := c.sqliteConn.Close(); cerr != nil {
		err = cerr
	}
	return err
}
