package ui

import (
	"net/url"
	"slices"
	"strings"
)

// The console lists a programme's mentees a page at a time (consolePageSize), each with their
// proposed, excluded and active pairs or why they have none; the counts, the overbooked
// mentors and publishing are the whole proposal's.

// consolePageSize is how many mentees a page of the console lists: fewer than the other
// lists' listPageSize, since each pair carries its score's explanation (about 2 KB with five
// criteria), and the page stays under 100 KB.
const consolePageSize = 30

// consoleRow is one mentee of the console with their pairs.
type consoleRow struct {
	mentee   int             // index into the state's mentees
	drafts   []*consoleMatch // publishable, best first
	excluded []*consoleMatch
	active   []*consoleMatch
	text     string // the mentee's and their mentors' names, lower-cased, for the search
}

// consoleShows are the values of the console's "show" filter, in the order offered, with
// their label (taking the count) and the rows they keep.
var consoleShows = []struct {
	value, key string
	keep       func(st *consoleState, r *consoleRow) bool
}{
	{"", "consolelist.show.all", func(*consoleState, *consoleRow) bool { return true }},
	{"proposed", "consolelist.show.proposed", func(_ *consoleState, r *consoleRow) bool { return len(r.drafts) > 0 }},
	{"unmatched", "consolelist.show.unmatched", func(st *consoleState, r *consoleRow) bool { return !st.matched[st.mentees[r.mentee].id] }},
	{"excluded", "consolelist.show.excluded", func(_ *consoleState, r *consoleRow) bool { return len(r.excluded) > 0 }},
	{"active", "consolelist.show.active", func(_ *consoleState, r *consoleRow) bool { return len(r.active) > 0 }},
}

// consoleOrders are the values of the console's "order" choice and their labels.
var consoleOrders = []struct{ value, key string }{
	{"", "consolelist.order.score"},
	{"name", "consolelist.order.name"},
}

// index makes one row per mentee, best first: those with a proposed pair by its score, then
// those without a pair (oldest application first), then those in an active pair by score —
// the order the proposal's tables had — and the same rows by name.
func (st *consoleState) index() {
	rowOf := make(map[string]*consoleRow, len(st.mentees))
	rows := make([]consoleRow, len(st.mentees))
	rank, position := make([]int, len(rows)), make([]int, len(rows)) // rank 0: proposed, 1: alone, 2: active
	for i, m := range st.mentees {
		rows[i] = consoleRow{mentee: i, text: strings.ToLower(m.name)}
		rowOf[m.id] = &rows[i]
		rank[i], position[i] = 1, i
	}
	for k := range st.drafts {
		m := &st.drafts[k]
		if r := rowOf[m.mentee]; r != nil {
			r.text += "\n" + strings.ToLower(st.name(m.mentor))
			if m.excluded {
				r.excluded = append(r.excluded, m)
				continue
			}
			if len(r.drafts) == 0 {
				rank[r.mentee], position[r.mentee] = 0, k
			}
			r.drafts = append(r.drafts, m)
		}
	}
	for k := range st.active {
		m := &st.active[k]
		if r := rowOf[m.mentee]; r != nil {
			r.text += "\n" + strings.ToLower(st.name(m.mentor))
			if len(r.drafts)+len(r.active) == 0 {
				rank[r.mentee], position[r.mentee] = 2, k
			}
			r.active = append(r.active, m)
		}
	}
	order := make([]int, len(rows))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		if rank[a] != rank[b] {
			return rank[a] - rank[b]
		}
		return position[a] - position[b]
	})
	st.rows = make([]consoleRow, len(rows))
	for k, i := range order {
		st.rows[k] = rows[i]
	}
	st.byName = make([]int, len(rows))
	for i := range st.byName {
		st.byName[i] = i
	}
	slices.SortStableFunc(st.byName, func(a, b int) int {
		return strings.Compare(strings.ToLower(st.mentees[st.rows[a].mentee].name), strings.ToLower(st.mentees[st.rows[b].mentee].name))
	})
	st.countShows()
}

// consoleFilter is what the console's address asks for: the search words, the rows shown,
// their order and the page, and the name the Pair by hand choice looks mentors up by.
type consoleFilter struct {
	Q, Show, Order, MentorQ string
	Page                    int
}

// readConsoleFilter reads the filter from the address; unknown values read as the defaults.
func readConsoleFilter(query url.Values) consoleFilter {
	f := consoleFilter{Q: strings.TrimSpace(query.Get("q")), MentorQ: strings.TrimSpace(query.Get("mentor_q")),
		Page: pageNumber(query)}
	for _, s := range consoleShows {
		if s.value == query.Get("show") {
			f.Show = s.value
		}
	}
	if query.Get("order") == "name" {
		f.Order = "name"
	}
	return f
}

// values is the filter as an address's query, without the page and the defaults.
func (f consoleFilter) values() url.Values {
	q := url.Values{}
	for k, v := range map[string]string{"q": f.Q, "show": f.Show, "order": f.Order, "mentor_q": f.MentorQ} {
		if v != "" {
			q.Set(k, v)
		}
	}
	return q
}

// selectRows returns the page of rows the filter keeps and how many it keeps in all.
func (st *consoleState) selectRows(f consoleFilter) ([]*consoleRow, int) {
	keep := consoleShows[0].keep
	for _, s := range consoleShows {
		if s.value == f.Show {
			keep = s.keep
		}
	}
	q := strings.ToLower(f.Q)
	from := (f.Page - 1) * consolePageSize
	var page []*consoleRow
	total := 0
	for k := range st.rows {
		i := k
		if f.Order == "name" {
			i = st.byName[k]
		}
		r := &st.rows[i]
		if !keep(st, r) || !strings.Contains(r.text, q) {
			continue
		}
		if total >= from && total < from+consolePageSize {
			page = append(page, r)
		}
		total++
	}
	return page, total
}

// countShows counts, once per state, how many mentees each "show" filter keeps without a
// search, by its value.
func (st *consoleState) countShows() {
	st.shows = map[string]int{}
	for _, s := range consoleShows {
		for k := range st.rows {
			if s.keep(st, &st.rows[k]) {
				st.shows[s.value]++
			}
		}
	}
}
