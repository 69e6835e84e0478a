package csvimport

import (
	"slices"
	"testing"
)

func TestChoicesKeepsLabelsHoldingCommas(t *testing.T) {
	labels := []string{"Music", "Sport, outdoor life", "A, b, c"}
	known := func(s string) bool {
		return slices.ContainsFunc(labels, func(l string) bool { return Normalize(l) == Normalize(s) })
	}
	for _, tc := range []struct {
		cell string
		want []string
	}{
		{"Music, Sport, outdoor life", []string{"Music", "Sport, outdoor life"}},
		{"Sport, outdoor life;Music;", []string{"Sport, outdoor life", "Music"}},
		{"Knitting, Music\nA, b, c", []string{"Knitting", "Music", "A, b, c"}},
		{" , ", nil},
	} {
		if got := Choices(tc.cell, known); !slices.Equal(got, tc.want) {
			t.Errorf("Choices(%q) = %q, want %q", tc.cell, got, tc.want)
		}
	}
}

func TestGuessNamesFieldsInThreeLanguages(t *testing.T) {
	for header, want := range map[string]string{
		"Email address": "email", "Adresse e-mail": "email", "Courriel": "email", "E-post": "email",
		"Quelle est votre adresse e-mail ?": "email", "Nom": "last_name", "Prénom": "first_name",
		"Nom de votre entreprise": "organisation", "Horodateur": Ignore, "Languages [French]": "languages",
		"Vos centres d'intérêt": "interests", "Hur kan ni träffas?": "meeting_modes", "Favourite colour": "",
	} {
		if got, _ := Guess(header); got != want {
			t.Errorf("Guess(%q) = %q, want %q", header, got, want)
		}
	}
}

func TestReadFindsSeparatorAndEncoding(t *testing.T) {
	for _, tc := range []struct {
		data      string
		sep       rune
		encoding  string
		firstCell string
	}{
		{"\xef\xbb\xbfa;b\r\n\"x\ny\";z\r\n", ';', UTF8BOM, "x\ny"},
		{"\"a,b\"\tc\n1\t2\n", '\t', UTF8, "1"},
		{"Pr\xe9nom,b\n\xc5sa,2\n", ',', Windows1252, "Åsa"},
		{"\xff\xfea\x00,\x00b\x00\n\x001\x00,\x002\x00", ',', UTF16, "1"},
	} {
		table, err := Read([]byte(tc.data))
		if err != nil {
			t.Fatal(err)
		}
		if table.Separator != tc.sep || table.Encoding != tc.encoding || table.Rows[0].Cells[0] != tc.firstCell {
			t.Errorf("%q: separator %q, encoding %s, first cell %q", tc.data, table.Separator, table.Encoding, table.Rows[0].Cells[0])
		}
	}
	if _, err := Read([]byte("\n\n")); err != ErrEmpty {
		t.Errorf("an empty file: %v", err)
	}
}
