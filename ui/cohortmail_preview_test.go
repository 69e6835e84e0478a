package ui_test

import (
	"crypto/sha256"
	"encoding/base64"
	"html"
	"io"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/pocketbase/pocketbase/tests"

	"github.com/mentorbase/mentorbase/apptest"
)

// The preview shows the mail as its recipient gets it, in their language: the HTML part in a
// sandboxed frame whose letter styles, and only those, the page's policy allows by their
// hashes, then the text part.
func TestCohortMailPreviewShowsBothParts(t *testing.T) {
	t.Parallel()
	headers, factory := as(cohortWorld, "claire")
	s := tests.ApiScenario{Name: "preview as Ana", Method: http.MethodPost, URL: "/coordinate/duo/mail/preview",
		Body:    formRepeating(append([]string{"token", "x", "segment", "mentors", "preview_for", wid("ana")}, cohortTexts...)...),
		Headers: headers, TestAppFactory: factory, ExpectedStatus: http.StatusOK,
		ExpectedContent: []string{`<iframe id="cohort-preview-frame" class="mail-preview-frame" sandbox="" title="The mail to ana@example.org"`,
			`<pre class="mail-preview" id="cohort-preview-text" lang="fr">`, "Salut Ana, avec Bo Lastname"},
		AfterTestFunc: func(t testing.TB, _ *tests.TestApp, res *http.Response) {
			body, _ := io.ReadAll(res.Body)
			page := string(body)
			srcdoc := regexp.MustCompile(`srcdoc="([^"]*)"`).FindStringSubmatch(page)
			if srcdoc == nil {
				t.Fatal("no srcdoc")
			}
			letter := html.UnescapeString(srcdoc[1])
			if !strings.Contains(letter, `<html lang="fr">`) || !strings.Contains(letter, "<p>Salut Ana, avec Bo Lastname</p>") {
				t.Errorf("the frame holds %s", letter)
			}
			policy := res.Header.Get("Content-Security-Policy")
			styles := regexp.MustCompile(`style="([^"]*)"`).FindAllStringSubmatch(letter, -1)
			if len(styles) == 0 || !strings.Contains(policy, "style-src-attr 'unsafe-hashes'") || !strings.Contains(policy, "default-src 'self'") {
				t.Fatalf("policy %q for %d styles", policy, len(styles))
			}
			for _, style := range styles {
				sum := sha256.Sum256([]byte(style[1]))
				if !strings.Contains(policy, "'sha256-"+base64.StdEncoding.EncodeToString(sum[:])+"'") {
					t.Errorf("the policy does not allow the letter's style %q", style[1])
				}
			}
		}}
	s.Test(t)
}

// The event picker names each event in the reader's language, marking a title in another
// language with it.
func TestCohortMailEventPickerInReadersLanguage(t *testing.T) {
	t.Parallel()
	for _, sc := range []struct{ locale, want string }{
		{"fr", `>Lancement (`},
		{"sv", ` lang="en">Kickoff (`},
	} {
		headers, factory := as(cohortWorld, "claire")
		s := tests.ApiScenario{Name: sc.locale, Method: http.MethodGet, URL: "/coordinate/duo/mail", Headers: headers,
			TestAppFactory: func(t testing.TB) *tests.TestApp {
				app := factory(t)
				apptest.Build(t, app).Update(findPerson(t, app, "claire"), map[string]any{"locale": sc.locale})
				return app
			},
			ExpectedStatus: http.StatusOK, ExpectedContent: []string{sc.want}}
		s.Test(t)
	}
}

// The sent log lists 20 letters a page, newest first, with plain links to the others that
// lead back to the log.
func TestCohortMailLogPages(t *testing.T) {
	t.Parallel()
	for _, sc := range []struct {
		url  string
		rows int
		want string
	}{
		{"/coordinate/duo/mail", 20, `href="/coordinate/duo/mail?page=2#cohort-log-heading" rel="next"`},
		{"/coordinate/duo/mail?page=2", 2, `href="/coordinate/duo/mail#cohort-log-heading" rel="prev"`},
	} {
		headers, factory := as(cohortWorld, "claire")
		s := tests.ApiScenario{Name: sc.url, Method: http.MethodGet, URL: sc.url, Headers: headers,
			TestAppFactory: func(t testing.TB) *tests.TestApp {
				app := factory(t)
				for i := range 11 { // 22 letters: two mentors each time
					sendCohortMail(t, app, "log-"+strconv.Itoa(i))
				}
				return app
			},
			ExpectedStatus: http.StatusOK, ExpectedContent: []string{sc.want},
			AfterTestFunc: func(t testing.TB, _ *tests.TestApp, res *http.Response) {
				body, _ := io.ReadAll(res.Body)
				_, log, _ := strings.Cut(string(body), `id="cohort-log"`)
				if rows := strings.Count(log, "<tr>") - 1; rows != sc.rows {
					t.Errorf("the log lists %d letters, want %d", rows, sc.rows)
				}
			}}
		s.Test(t)
	}
}
