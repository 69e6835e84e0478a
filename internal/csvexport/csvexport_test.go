package csvexport

import (
	"bytes"
	"testing"
)

func TestNeutralise(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Léa Åström", "Léa Åström"},
		{"=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"},
		{"+33 6 12 34 56 78", "'+33 6 12 34 56 78"},
		{"-1", "'-1"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\t=1", "'\t=1"},
		{"\r=1", "'\r=1"},
		{"a=1", "a=1"},
		{"", ""},
	} {
		if got := Neutralise(c.in); got != c.want {
			t.Errorf("Neutralise(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestWriteStartsWithTheBOMAndQuotesWhatNeedsIt(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, []string{"Nom", "Réponse"}, [][]string{{"Zoë", "oui, \"vraiment\"\ndeux lignes"}, {"=1+1", "ok"}}); err != nil {
		t.Fatal(err)
	}
	want := "\ufeffNom,Réponse\r\nZoë,\"oui, \"\"vraiment\"\"\r\ndeux lignes\"\r\n'=1+1,ok\r\n"
	if b.String() != want {
		t.Errorf("got %q\nwant %q", b.String(), want)
	}
}
