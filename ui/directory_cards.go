package ui

import (
	"html/template"
	"strings"
)

// directoryCards is a directory page's mentor cards, one list item each, written here once
// per page as the template wrote them but for the lines' indentation, which a browser does
// not show and which was a tenth of the page's bytes: its card, twenty escaped values and
// conditions through reflection and the score's eighty lines copied from a string of their
// own, was half the page's time. hasMentor leaves the invite buttons out (the viewer has a
// mentor in the programme). The card's address holds a slug ([a-z0-9-]) and an id
// ([a-z0-9]), which the template's URL escaping keeps as they are.
func directoryCards(cards []mentorCard, labels directoryLabels, hasMentor bool) template.HTML {
	var b strings.Builder
	b.Grow(len(cards) * 3000)
	for i := range cards {
		cards[i].write(&b, labels, hasMentor)
	}
	return template.HTML(b.String())
}

// write writes the card's list item and the line's end.
func (c *mentorCard) write(b *strings.Builder, labels directoryLabels, hasMentor bool) {
	w := b.WriteString
	url := htmlText(c.URL)
	w("\n<li class=\"card mentor-card\" id=\"mentor-")
	w(htmlText(c.ID))
	w("\">\n<h2><a href=\"")
	w(url)
	w("\">")
	w(htmlText(c.Name))
	w("</a></h2>\n")
	c.Score.write(b)
	w("\n<p>")
	w(string(c.JobFunction))
	if c.Organisation != "" {
		w(" · ")
		w(htmlText(c.Organisation))
	}
	if c.Industry != "" {
		w(" · ")
		w(string(c.Industry))
	}
	w("</p>\n")
	labelled(b, labels.Skills, string(c.Skills))
	w("\n")
	labelled(b, labels.Languages, htmlText(c.Languages))
	w("\n")
	labelled(b, labels.Place, string(c.Place))
	w("\n")
	labelled(b, labels.Modes, htmlText(c.Modes))
	w("\n")
	if c.Openness.Answers != "" {
		w("<p class=\"answers\">")
		w(htmlText(c.Openness.Answers))
		w("</p>")
	}
	w("\n<p><span class=\"badge ")
	if c.Seat.Full {
		w("full")
	} else {
		w("ok")
	}
	w("\">")
	w(htmlText(c.Seat.Text))
	w("</span></p>\n<p><a href=\"")
	w(url)
	w("\">")
	w(htmlText(labels.ViewProfile))
	w("</a>\n")
	switch {
	case hasMentor:
	case c.Seat.Full:
		w("<button type=\"button\" class=\"invite-button\" disabled>")
		w(htmlText(labels.Invite))
		w("</button>\n")
	default:
		w("<a class=\"button invite-button\" href=\"")
		w(url)
		w("#invite-heading\">")
		w(htmlText(labels.Invite))
		w("</a>")
	}
	w("</p>\n</li>\n")
}

// labelled writes a card's line of a label and its escaped value; nothing for no value.
func labelled(b *strings.Builder, label, value string) {
	if value == "" {
		return
	}
	b.WriteString("<p><strong>")
	b.WriteString(htmlText(label))
	b.WriteString("</strong> ")
	b.WriteString(value)
	b.WriteString("</p>")
}
