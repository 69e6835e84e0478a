package ui

import (
	"strconv"
	"strings"
	"time"

	"github.com/pocketbase/pocketbase/core"
)

// consoleMentorChoices is how many mentors the "Pair by hand" choice lists at most: past it,
// the coordinator finds a mentor by name (mentor_q), so the page stays small at thousands of
// mentors.
const consoleMentorChoices = 50

// filterChoices are the "show" filter's choices with the whole programme's counts, and the
// orders.
func (data *consolePage) filterChoices(e *core.RequestEvent, st *consoleState) {
	for _, s := range consoleShows {
		data.Shows = append(data.Shows, directoryChoice{Value: s.value, Selected: s.value == data.Filter.Show,
			Label: translate(e, s.key, "count", st.shows[s.value])})
	}
	for _, o := range consoleOrders {
		data.Orders = append(data.Orders, directoryChoice{Value: o.value, Label: translate(e, o.key), Selected: o.value == data.Filter.Order})
	}
}

// mentorChoices lists the mentors of the "Pair by hand" choice: every one in a programme of
// up to consoleMentorChoices mentors, else the first of those whose name holds q.
func (data *consolePage) mentorChoices(e *core.RequestEvent, program *core.Record, st *consoleState, q string) {
	now, lower := time.Now(), strings.ToLower(q)
	data.MentorSearch, data.MentorQ = len(st.mentors) > consoleMentorChoices, q
	for _, mentor := range st.mentors {
		if !matchesName(mentor.name, lower) {
			continue
		}
		data.MentorsOf++
		if len(data.MentorChoices) < consoleMentorChoices {
			data.MentorChoices = append(data.MentorChoices, st.mentorChoice(e, program, mentor, now))
		}
	}
	data.MentorsListed = len(data.MentorChoices)
}

// Hidden are the filter's fields a form that reloads the console keeps (the mentor
// search), as name/value pairs.
func (f consoleFilter) Hidden() [][2]string {
	var out [][2]string
	for _, k := range []string{"q", "show", "order"} {
		if v := f.values().Get(k); v != "" {
			out = append(out, [2]string{k, v})
		}
	}
	if f.Page > 1 {
		out = append(out, [2]string{"page", strconv.Itoa(f.Page)})
	}
	return out
}
