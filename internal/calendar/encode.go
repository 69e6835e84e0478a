package calendar

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/emersion/go-ical"
)

// prodID names the program that wrote a file, as RFC 5545 requires.
const prodID = "-//mentorbase//mentorbase calendar//EN"

// maxLineOctets is RFC 5545's limit for one content line, CRLF excluded.
const maxLineOctets = 75

// newCalendar returns a VCALENDAR with the properties every file carries.
func newCalendar() *ical.Calendar {
	cal := ical.NewCalendar()
	cal.Props.SetText(ical.PropVersion, "2.0")
	cal.Props.SetText(ical.PropProductID, prodID)
	cal.Props.SetText(ical.PropCalendarScale, "GREGORIAN")
	return cal
}

// encode writes cal as iCalendar text with folded lines. go-ical's encoder escapes text and
// ends lines with CRLF but does not fold, and strict readers (libical, Outlook) expect lines
// of at most 75 octets.
func encode(cal *ical.Calendar) ([]byte, error) {
	var buf bytes.Buffer
	if err := ical.NewEncoder(&buf).Encode(cal); err != nil {
		return nil, err
	}
	return fold(buf.Bytes()), nil
}

// fold splits every content line longer than 75 octets into a line and continuation lines
// that start with a space, never inside a UTF-8 sequence.
func fold(text []byte) []byte {
	var out bytes.Buffer
	out.Grow(len(text) + len(text)/64*3)
	for _, line := range strings.SplitAfter(string(text), "\r\n") {
		line = strings.TrimSuffix(line, "\r\n")
		if line == "" {
			continue
		}
		limit := maxLineOctets
		for len(line) > limit {
			cut := limit
			for cut > 0 && !utf8.RuneStart(line[cut]) {
				cut--
			}
			out.WriteString(line[:cut])
			out.WriteString("\r\n ")
			line = line[cut:]
			limit = maxLineOctets - 1 // the leading space counts
		}
		out.WriteString(line)
		out.WriteString("\r\n")
	}
	return out.Bytes()
}

// paramText makes s safe as a quoted parameter value (a CN): RFC 5545 allows no double quote
// or control character there, and go-ical refuses them.
func paramText(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '"':
			return '\''
		case r < ' ' || r == 0x7f:
			return ' '
		}
		return r
	}, s)
}

// untypedText is a text property without the VALUE=TEXT parameter go-ical gives properties it
// does not know: the X- properties calendars read (X-WR-CALNAME) are written without one.
func untypedText(name, text string) *ical.Prop {
	prop := ical.NewProp(name)
	prop.SetText(text)
	prop.Params.Del(ical.ParamValue)
	return prop
}
