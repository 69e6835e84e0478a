package ui

import "github.com/pocketbase/pocketbase/core"

// renderForm renders the page name, titled titleKey, of a form and what it found (data),
// with errs beside their fields and notice, when there is one, above it.
func (s *server) renderForm(e *core.RequestEvent, status int, name, titleKey string, data any, errs map[string]string, notice string) error {
	p := newPage(e, titleKey)
	p.Data = data
	if notice != "" {
		p.Flash = notice
	}
	for k, msg := range errs {
		p.Errors[k] = msg
	}
	return s.render(e, status, name, p)
}
