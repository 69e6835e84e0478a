package outbox

import (
	"crypto/tls"
	"net"
	"strconv"
	"time"

	"github.com/pocketbase/pocketbase/core"
)

// SMTP deadlines. A step is the dial and TLS handshake, or one write or read of the
// conversation (a command and its reply, the message body, the reply to its end); the message
// deadline bounds all steps together, so a server answering just in time at every step cannot
// stretch one message either. A message past either deadline fails like any other attempt and
// is retried after its back-off, and the worker goes on with the next one. Variables, not
// constants, so tests can use milliseconds.
var (
	smtpStepTimeout    = 30 * time.Second
	smtpMessageTimeout = 2 * time.Minute
)

// dialSMTP connects to the configured server, with TLS from the start when set, and returns a
// connection whose every read and write carries the step and message deadlines counted from
// start. STARTTLS later wraps this connection, so the deadlines hold under TLS too.
func dialSMTP(cfg core.SMTPConfig, start time.Time) (net.Conn, error) {
	end := start.Add(smtpMessageTimeout)
	hostPort := net.JoinHostPort(cfg.Host, strconv.Itoa(cfg.Port))
	dialer := &net.Dialer{Timeout: smtpStepTimeout, Deadline: end}
	var conn net.Conn
	var err error
	if cfg.TLS {
		conn, err = tls.DialWithDialer(dialer, "tcp", hostPort, &tls.Config{ServerName: cfg.Host})
	} else {
		conn, err = dialer.Dial("tcp", hostPort)
	}
	if err != nil {
		return nil, err
	}
	return &deadlineConn{Conn: conn, end: end}, nil
}

// deadlineConn sets a fresh deadline before each read and write: smtpStepTimeout from now, but
// never past end.
type deadlineConn struct {
	net.Conn
	end time.Time
}

func (c *deadlineConn) arm() error {
	deadline := time.Now().Add(smtpStepTimeout)
	if deadline.After(c.end) {
		deadline = c.end
	}
	return c.Conn.SetDeadline(deadline)
}

// Read reads within the step and message deadlines.
func (c *deadlineConn) Read(p []byte) (int, error) {
	if err := c.arm(); err != nil {
		return 0, err
	}
	return c.Conn.Read(p)
}

// Write writes within the step and message deadlines.
func (c *deadlineConn) Write(p []byte) (int, error) {
	if err := c.arm(); err != nil {
		return 0, err
	}
	return c.Conn.Write(p)
}
