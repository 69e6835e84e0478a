package outbox_test

import (
	"net/mail"
	"strings"
	"testing"
	"time"

	"github.com/mentorbase/mentorbase/outbox"
)

// A programme's contact address becomes the Reply-To header; a letter without one has none.
func TestOutboxMIMEReplyTo(t *testing.T) {
	cases := []struct{ replyTo, want string }{
		{"contact@duo.example", "Reply-To: <contact@duo.example>\r\n"},
		{"", ""},
	}
	for _, tc := range cases {
		raw, err := outbox.BuildMIME(outbox.OutgoingMail{From: mail.Address{Address: "noreply@mentorbase.test"},
			To: "mentee@example.org", ReplyTo: tc.replyTo, Subject: "Hi", Text: "Hi", HTML: "<p>Hi</p>",
			Date: time.Now(), MessageID: "a@b"})
		if err != nil {
			t.Fatal(err)
		}
		head, _, _ := strings.Cut(string(raw), "\r\n\r\n")
		got := ""
		if i := strings.Index(head, "Reply-To:"); i >= 0 {
			got = head[i : strings.Index(head[i:], "\r\n")+i+2]
		}
		if got != tc.want {
			t.Errorf("reply-to %q: header %q, want %q", tc.replyTo, got, tc.want)
		}
	}
}
