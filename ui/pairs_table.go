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

// write writes the pair's row, its cells said already (say).
func (r *pairRow) write(b *strings.Builder, locale string) {
	id, c := htmlText(r.ID), &r.Cells
	names := htmlText(r.Mentor) + " – " + htmlText(r.Mentee)
	b.WriteString(`<tr id="pair-` + id + `">` + "\n  <td>")
	if r.Openable {
		names = `<a href="/matches/` + id + `">` + names + `</a>`
	}
	b.WriteString(names + "\n    ")
	if len(r.Attention) > 0 {
		b.WriteString(`<br><span class="badge attention" id="attention-` + id + `">` +
			htmlText(messages.Catalog.T(locale, "pairs.attention")) + `</span> `)
		for _, why := range c.Attention {
			b.WriteString(`<small>` + htmlText(why) + `</small> `)
		}
	}
	b.WriteString("\n    ")
	if r.Closing != nil {
		b.WriteString(`<br><span class="badge attention" id="closing-` + id + `">` +
			htmlText(messages.Catalog.T(locale, "closing.pairs.flag")) + `</span> <small>` + htmlText(c.Closing) + `</small>`)
	}
	b.WriteString("</td>\n  <td><span class=\"badge status-" + htmlText(r.Status) + `">` + htmlText(c.Status) + "</span></td>\n  <td>" +
		htmlText(c.Started) + "</td>\n  ")
	if !r.Openable {
		b.WriteString("<td>—</td><td>—</td><td>—</td><td>—</td><td>—</td>\n</tr>")
		return
	}
	b.WriteString("\n  <td>" + htmlText(c.Agreement) + "</td>\n  <td>" + htmlText(c.Held) + "</td>\n  <td>" + htmlText(c.Roadbook) +
		"</td>\n  <td>" + htmlText(c.LastMeeting) + "</td>\n  <td>")
	if r.Checkin == nil {
		b.WriteString("—")
	} else {
		flag := " ok"
		if r.Checkin.NeedHelp {
			flag = " attention"
		}
		b.WriteString(`<span class="badge` + flag + `" id="checkin-` + id + `">` + htmlText(c.CheckinAnswer) + `</span> <small>` +
			htmlText(c.CheckinBy) + `</small>`)
	}
	b.WriteString("</td>\n  \n</tr>")
}
