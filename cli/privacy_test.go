package cli

import (
	"archive/zip"
	"bytes"
	"slices"
	"testing"

	"github.com/mentorbase/mentorbase/apptest"
)

// `privacy export` writes the person's ZIP, `privacy erase` wants --yes and then erases the
// account; both are logged as run from the command line, and an unknown address is refused.
func TestPrivacyCommandExportsAndErases(t *testing.T) {
	app := apptest.New(t)
	b := apptest.Build(t, app)
	person := b.Person("ada@example.org", "Ada Lovelace", "en")
	program := b.Programme("alumni", "Alumni mentoring")
	b.Application(program.Id, person.Id, "mentee", "submitted")

	var out bytes.Buffer
	if err := runPrivacy(app, &out, "export", "ada@example.org", "", false); err != nil {
		t.Fatal(err)
	}
	z, err := zip.NewReader(bytes.NewReader(out.Bytes()), int64(out.Len()))
	if err != nil || !slices.ContainsFunc(z.File, func(f *zip.File) bool { return f.Name == "applications.json" }) {
		t.Fatalf("no applications.json in the export: %v", err)
	}
	for _, refused := range []struct{ what, email string }{{"erase", "ada@example.org"}, {"export", "nobody@example.org"}, {"show", "ada@example.org"}} {
		if err := runPrivacy(app, &out, refused.what, refused.email, "", false); err == nil {
			t.Errorf("%s %s was not refused", refused.what, refused.email)
		}
	}
	if err := runPrivacy(app, &out, "erase", "ada@example.org", "", true); err != nil {
		t.Fatal(err)
	}
	if _, err := app.FindRecordById("users", person.Id); err == nil {
		t.Error("the account is still there")
	}
	entries, err := app.FindAllRecords("privacy_log")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.GetString("kind")+" "+e.GetString("via")+" "+e.GetString("subject"))
	}
	slices.Sort(got)
	if want := []string{"erasure command " + person.Id, "export command " + person.Id}; !slices.Equal(got, want) {
		t.Errorf("privacy log %q, want %q", got, want)
	}
}
