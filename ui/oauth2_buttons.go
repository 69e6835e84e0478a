package ui

import (
	"net/url"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
)

// oauth2Button is one sign-in provider on the sign-in and registration pages: its name, what
// to call it, and the address that starts the sign-in and returns to next.
type oauth2Button struct{ Name, Label, URL string }

// signInOptions are the page data of the sign-in and registration pages: a button per OAuth2
// provider enabled in the dashboard.
type signInOptions struct{ Providers []oauth2Button }

func newSignInOptions(e *core.RequestEvent, next string) signInOptions {
	var o signInOptions
	for _, config := range kernel.OAuth2Providers(e.App) {
		provider, ok := kernel.OAuth2Provider(e.App, config.Name, "")
		if !ok {
			continue
		}
		link := "/oauth2/" + url.PathEscape(config.Name)
		if next != "" && next != "/" {
			link += "?next=" + url.QueryEscape(next)
		}
		o.Providers = append(o.Providers, oauth2Button{Name: config.Name, Label: provider.DisplayName(), URL: link})
	}
	return o
}
