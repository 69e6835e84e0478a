package ui

import (
	"html/template"
	"strings"

	messages "github.com/mentorbase/mentorbase/catalog"
)

// pairsTable is the rows of pairs in locale, written here once per page as the template wrote
// them (the same bytes): its row template, a dozen escaped values and conditions a row through
// reflection, was a third of the page's time. Ids are [a-z0-9], which the template's URL
// escaping keeps as they are.
func pairsTable(locale string, rows []pairRow) template.HTML {
	var b strings.Builder
	b.Grow(len(rows) * 700)
	for i := range rows {
		rows[i].write(&b, locale)
	}
	return template.HTML(b.String())
}

// write writes the pair's row, its cells said already (say), piece by piece into b (writeAll).
func (r *pairRow) write(b *strings.Builder, locale string) {
	id, c := htmlText(r.ID), &r.Cells
	w := func(parts ...string) { writeAll(b, parts...) }
	w(`<tr id="pair-`, id, `">`, "\n  <td>")
	if r.Openable {
		w(`<a href="/matches/`, id, `">`)
	}
	w(htmlText(r.Mentor), " – ", htmlText(r.Mentee))
	if r.Openable {
		w(`</a>`)
	}
	w("\n    ")
	if len(r.Attention) > 0 {
		w(`<br><span class="badge attention" id="attention-`, id, `">`, htmlText(messages.Catalog.T(locale, "pairs.attention")), `</span> `)
		for _, why := range c.Attention {
			w(`<small>`, htmlText(why), `</small> `)
		}
	}
	w("\n    ")
	if r.Closing != nil {
		w(`<br><span class="badge attention" id="closing-`, id, `">`, htmlText(messages.Catalog.T(locale, "closing.pairs.flag")),
			`</span> <small>`, htmlText(c.Closing), `</small>`)
	}
	w("</td>\n  <td><span class=\"badge status-", htmlText(r.Status), `">`, htmlText(c.Status), "</span></td>\n  <td>",
		htmlText(c.Started), "</td>\n  ")
	if !r.Openable {
		w("<td>—</td><td>—</td><td>—</td><td>—</td><td>—</td>\n</tr>")
		return
	}
	w("\n  <td>", htmlText(c.Agreement), "</td>\n  <td>", htmlText(c.Held), "</td>\n  <td>", htmlText(c.Roadbook),
		"</td>\n  <td>", htmlText(c.LastMeeting), "</td>\n  <td>")
	if r.Checkin == nil {
		w("—")
	} else {
		flag := " ok"
		if r.Checkin.NeedHelp {
			flag = " attention"
		}
		w(`<span class="badge`, flag, `" id="checkin-`, id, `">`, htmlText(c.CheckinAnswer), `</span> <small>`, htmlText(c.CheckinBy), `</small>`)
	}
	w("</td>\n  \n</tr>")
}
