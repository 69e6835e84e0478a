package ui

import (
	"html/template"
	"strings"
	"testing"
)

// directoryCardTemplate is the card the directory page's template wrote before
// directoryCards (templates/directory_list.html), its $.Data read from the root, without
// the indentation of its lines, which a browser does not show.
const directoryCardTemplate = `{{define "score"}}{{.HTML}}{{end}}{{range .Mentors}}
<li class="card mentor-card" id="mentor-{{.ID}}">
<h2><a href="{{.URL}}">{{.Name}}</a></h2>
{{template "score" .Score}}
<p>{{with .JobFunction}}{{.}}{{end}}{{with .Organisation}} · {{.}}{{end}}{{with .Industry}} · {{.}}{{end}}</p>
{{with .Skills}}<p><strong>{{$.Labels.Skills}}</strong> {{.}}</p>{{end}}
{{with .Languages}}<p><strong>{{$.Labels.Languages}}</strong> {{.}}</p>{{end}}
{{with .Place}}<p><strong>{{$.Labels.Place}}</strong> {{.}}</p>{{end}}
{{with .Modes}}<p><strong>{{$.Labels.Modes}}</strong> {{.}}</p>{{end}}
{{with .Openness.Answers}}<p class="answers">{{.}}</p>{{end}}
<p><span class="badge {{if .Seat.Full}}full{{else}}ok{{end}}">{{.Seat.Text}}</span></p>
<p><a href="{{.URL}}">{{$.Labels.ViewProfile}}</a>
{{if $.Current}}{{else if .Seat.Full}}<button type="button" class="invite-button" disabled>{{$.Labels.Invite}}</button>
{{else}}<a class="button invite-button" href="{{.URL}}#invite-heading">{{$.Labels.Invite}}</a>{{end}}</p>
</li>
{{end}}`

// The cards written in Go are the bytes the template wrote (unindented), for every kind of card: full,
// paused with its answer speed, one with nothing but a name, a forbidden score, values and
// labels that need escaping, with and without a current mentor, in each language.
func TestDirectoryCardsWriteWhatTheTemplateWrote(t *testing.T) {
	tmpl := template.Must(template.New("cards").Parse(directoryCardTemplate))
	for _, locale := range []string{"en", "fr", "sv"} {
		cards := []mentorCard{{
			ID: "abc123", Name: `Åsa O'Brien & "Sons" <b>`, URL: "/programs/open-mentors/mentors/abc123",
			Organisation: "C++ & Co", Industry: `<span lang="sv">Teknik</span>`, JobFunction: "Engineer",
			Skills: `Leadership, <span lang="fr">Négociation</span>`, Languages: "English, Français",
			Place: "Lund, Skåne", Modes: "Video, Phone", Openness: mentorOpenness{Answers: "Usually answers within 3 days"},
			Seat: seatBadge{Text: "2 seats left"},
			Score: scoreView{Score: 72, locale: locale, ForMentee: true, Missed: "Languages (-10)", Lines: []scoreLine{
				{Name: "Development areas", Shared: "Leadership", Mentee: "Leadership, Sales", Mentor: "Leadership", Matched: 1, Of: 2, Points: 30, Must: true, Satisfied: true,
					Sentence: "You asked for <b>Leadership</b>"},
				{Name: "Languages", Matched: 0, Of: 1, Mentee: "Svenska", Mentor: ""},
			}},
		}, {
			ID: "def456", Name: "Bo", URL: "/programs/open-mentors/mentors/def456",
			Openness: mentorOpenness{PausedUntil: "2026-12-24"}, Seat: seatBadge{Text: "Paused until 2026-12-24", Full: true},
			Score: scoreView{Forbidden: true, FailedMust: []string{"Area", "O'Land"}, locale: locale},
		}, {
			ID: "ghi789", Name: "Cy", URL: "/programs/open-mentors/mentors/ghi789", Industry: "Banking",
			Seat: seatBadge{Text: "No seat left", Full: true}, Score: scoreView{Score: 0, locale: locale},
		}}
		labels := newDirectoryLabels(locale)
		labels.Skills = `Skills & "tags"`
		for _, current := range []*currentMentor{nil, {MentorID: "def456"}} {
			var want strings.Builder
			data := map[string]any{"Mentors": cards, "Labels": labels, "Current": current}
			if err := tmpl.Execute(&want, data); err != nil {
				t.Fatal(err)
			}
			if got := string(directoryCards(cards, labels, current != nil)); got != want.String() {
				t.Errorf("%s, current mentor %v: the cards differ from the template's\n got: %s\nwant: %s", locale, current != nil, got, want.String())
			}
		}
	}
}
