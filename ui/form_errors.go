package ui

import (
	"html"
	"html/template"
	"slices"
	"strings"

	xhtml "golang.org/x/net/html"
)

// Every form follows one convention, so that an error is tied to its field (WCAG 1.3.1,
// 3.3.1) and the error summary can link to it: an error is <p class="error" id="e-…">, and
// its control (a group of choices: the fieldset) has an id and carries aria-invalid and
// aria-describedby naming that error; for form field K the ids are "f-K" and "e-K".
// form_errors_test.go posts every form with bad input and checks it.

// fieldError renders the error of form field name, or nothing.
func fieldError(errs map[string]string, name string) template.HTML {
	msg := errs[name]
	if msg == "" {
		return ""
	}
	return template.HTML(`<p class="error" id="e-` + html.EscapeString(name) + `">` + html.EscapeString(msg) + `</p>`)
}

// describedBy renders the attributes of field name's control: its hint (an element id, or
// "") and, when the field has an error, the error and aria-invalid.
func describedBy(errs map[string]string, name, hint string) template.HTMLAttr {
	ids := hint
	invalid := ""
	if errs[name] != "" {
		ids = strings.TrimSpace(hint + " e-" + name)
		invalid = ` aria-invalid="true"`
	}
	if ids == "" {
		return ""
	}
	return template.HTMLAttr(`aria-describedby="` + html.EscapeString(ids) + `"` + invalid)
}

// summaryItem is one line of a page's error summary: a link to the field's control, its
// label and its message.
type summaryItem struct {
	Href, Label, Message string
}

// errorSummary lists a page's field errors in the order the page shows them, each linked to
// the control that names it in aria-describedby and given that control's label, read from a
// first rendering of the page. An error that no control names is left out: the test of every
// form fails on it.
func errorSummary(rendered string) []summaryItem {
	doc, err := xhtml.Parse(strings.NewReader(rendered))
	if err != nil {
		return nil
	}
	var order []*xhtml.Node
	controls := map[string]*xhtml.Node{}
	labels := map[string]string{}
	walk(doc, func(n *xhtml.Node) {
		id := attr(n, "id")
		if n.Data == "p" && strings.HasPrefix(id, "e-") && hasClass(n, "error") {
			order = append(order, n)
		}
		for _, ref := range strings.Fields(attr(n, "aria-describedby")) {
			if controls[ref] == nil {
				controls[ref] = n
			}
		}
		if n.Data == "label" && attr(n, "for") != "" {
			labels[attr(n, "for")] = text(n)
		}
	})
	var items []summaryItem
	for _, shown := range order {
		control := controls[attr(shown, "id")]
		if control == nil || attr(control, "id") == "" {
			continue
		}
		items = append(items, summaryItem{Href: "#" + attr(control, "id"), Label: labelText(control, labels), Message: collapse(shown)})
	}
	return items
}

// labelText is what names control: its <label for>, the <label> around it, or its
// fieldset's <legend>.
func labelText(control *xhtml.Node, labels map[string]string) string {
	if label, ok := labels[attr(control, "id")]; ok {
		return label
	}
	for up := control.Parent; up != nil; up = up.Parent {
		if up.Type == xhtml.ElementNode && up.Data == "label" {
			return text(up)
		}
	}
	for child := control.FirstChild; child != nil; child = child.NextSibling {
		if child.Type == xhtml.ElementNode && child.Data == "legend" {
			return text(child)
		}
	}
	return ""
}

// walk calls visit on every element under n, in document order.
func walk(n *xhtml.Node, visit func(*xhtml.Node)) {
	if n.Type == xhtml.ElementNode {
		visit(n)
	}
	for child := n.FirstChild; child != nil; child = child.NextSibling {
		walk(child, visit)
	}
}

// attr is the value of n's attribute name, or "".
func attr(n *xhtml.Node, name string) string {
	for _, a := range n.Attr {
		if a.Key == name {
			return a.Val
		}
	}
	return ""
}

// hasClass tells whether n's class list holds class.
func hasClass(n *xhtml.Node, class string) bool {
	return slices.Contains(strings.Fields(attr(n, "class")), class)
}

// text is the visible text of a label, without a trailing required mark or colon.
func text(n *xhtml.Node) string {
	return strings.TrimRight(collapse(n), " *:")
}

// collapse is the visible text under n, spaces collapsed.
func collapse(n *xhtml.Node) string {
	var b strings.Builder
	var collect func(*xhtml.Node)
	collect = func(n *xhtml.Node) {
		if n.Type == xhtml.TextNode {
			b.WriteString(n.Data + " ")
		}
		for child := n.FirstChild; child != nil; child = child.NextSibling {
			collect(child)
		}
	}
	collect(n)
	return strings.Join(strings.Fields(b.String()), " ")
}
