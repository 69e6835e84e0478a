package mentoring_test

import (
	"bytes"
	"fmt"
	"strings"

	"golang.org/x/text/encoding/charmap"
)

// exportSpec is one real-world shape of a form tool's CSV export: which tool wrote it (its
// bookkeeping columns and how it joins multiple choices), the language of its questions, its
// separator and its encoding.
type exportSpec struct {
	tool, lang, encoding string
	sep                  rune
}

func (s exportSpec) String() string {
	return fmt.Sprintf("%s-%s-%q-%s", s.tool, s.lang, s.sep, s.encoding)
}

// applicant is one answer to the mentee form, as the people of the generated exports give it.
type applicant struct {
	name, email, city, area, motivation string
	year                                int
	languages, modes, interests         []string // labels in the export's language
}

// questions are the mentee form's questions per language, as a coordinator would write them.
var questions = map[string][]string{
	"en": {"Full name", "City", "Geographic area", "Year of study", "Languages spoken", "How can you meet?", "Interests", "Why do you want to join?"},
	"fr": {"Nom complet", "Ville", "Zone géographique", "Année d'études", "Langues parlées", "Modalités de rencontre", "Centres d'intérêt", "Pourquoi voulez-vous participer ?"},
	"sv": {"Fullständigt namn", "Stad", "Geografiskt område", "Årskurs", "Talade språk", "Hur kan ni träffas?", "Intressen", "Varför vill du vara med?"},
}

var emailQuestion = map[string]string{"en": "Email address", "fr": "Adresse e-mail", "sv": "E-postadress"}

// words are the answers' labels per language: languages, meeting modes, interests.
var words = map[string]map[string]string{
	"en": {"fr": "French", "en": "English", "sv": "Swedish", "in_person": "In person", "video": "Video call", "music": "Music", "sport": "Sport, outdoor life"},
	"fr": {"fr": "Français", "en": "Anglais", "sv": "Suédois", "in_person": "En personne", "video": "Visioconférence", "music": "Musique", "sport": "Sport, plein air"},
	"sv": {"fr": "Franska", "en": "Engelska", "sv": "Svenska", "in_person": "Fysiskt möte", "video": "Videosamtal", "music": "Musik", "sport": "Sport, friluftsliv"},
}

// people are the applicants every generated export holds, the motivation of the first on
// three lines.
func people(lang string) []applicant {
	w := words[lang]
	return []applicant{
		{"Élodie Marchand", "elodie@example.org", "Lille", "Nord", "J'aime apprendre.\nJe veux rencontrer\ndes professionnels.", 2,
			[]string{w["fr"], w["en"]}, []string{w["in_person"], w["video"]}, []string{w["music"], w["sport"]}},
		{"Åsa Öberg", "asa@example.org", "Lille", "Nord", "To find my way", 3,
			[]string{w["sv"]}, []string{w["video"]}, []string{w["sport"], "Knitting"}},
		{"Zoë O'Neil", "zoe@example.org", "Paris", "Île-de-France", "Curious, \"very\" curious", 1,
			[]string{w["en"]}, []string{w["in_person"]}, nil},
	}
}

// export writes the people as spec's tool would export them.
func export(spec exportSpec) []byte {
	var header []string
	switch spec.tool {
	case "google":
		header = append([]string{map[string]string{"en": "Timestamp", "fr": "Horodateur", "sv": "Tidstämpel"}[spec.lang], emailQuestion[spec.lang]}, questions[spec.lang]...)
	case "microsoft":
		header = append([]string{"ID", "Start time", "Completion time", "Email", "Name", "Last modified time"}, questions[spec.lang][1:]...)
	case "limesurvey":
		header = []string{"id", "submitdate", "lastpage", "startlanguage", "seed", emailQuestion[spec.lang]}
		q := questions[spec.lang]
		header = append(header, q[:4]...)
		for _, code := range []string{"fr", "en", "sv"} {
			header = append(header, q[4]+" ["+words[spec.lang][code]+"]")
		}
		header = append(header, q[5:]...)
	}
	rows := [][]string{header}
	for i, p := range people(spec.lang) {
		join := ", "
		if spec.tool == "microsoft" {
			join = ";"
		}
		multi := func(xs []string) string {
			s := strings.Join(xs, join)
			if spec.tool == "microsoft" && s != "" {
				s += ";"
			}
			return s
		}
		var row []string
		switch spec.tool {
		case "google":
			row = []string{"2025/09/0" + fmt.Sprint(i+1) + " 10:00:00", p.email, p.name}
		case "microsoft":
			row = []string{fmt.Sprint(i + 1), "9/1/25 10:00:00", "9/1/25 10:05:00", p.email, p.name, ""}
		case "limesurvey":
			row = []string{fmt.Sprint(i + 1), "2025-09-01 10:00:00", "3", spec.lang, "123", p.email, p.name}
		}
		row = append(row, p.city, p.area, fmt.Sprint(p.year))
		if spec.tool == "limesurvey" {
			for _, code := range []string{"fr", "en", "sv"} {
				chosen := ""
				if strings.Contains(strings.Join(p.languages, "|"), words[spec.lang][code]) {
					chosen = "Y"
				}
				row = append(row, chosen)
			}
		} else {
			row = append(row, multi(p.languages))
		}
		row = append(row, multi(p.modes), multi(p.interests), p.motivation)
		rows = append(rows, row)
	}
	return encode(rows, spec)
}

// encode writes rows as CSV with spec's separator, quoting as spreadsheets do, in spec's
// encoding, with Windows line ends.
func encode(rows [][]string, spec exportSpec) []byte {
	var b strings.Builder
	for _, row := range rows {
		for i, cell := range row {
			if i > 0 {
				b.WriteRune(spec.sep)
			}
			if strings.ContainsAny(cell, "\"\n"+string(spec.sep)) {
				cell = `"` + strings.ReplaceAll(cell, `"`, `""`) + `"`
			}
			b.WriteString(cell)
		}
		b.WriteString("\r\n")
	}
	switch spec.encoding {
	case "utf8-bom":
		return append([]byte{0xEF, 0xBB, 0xBF}, b.String()...)
	case "cp1252":
		out, err := charmap.Windows1252.NewEncoder().Bytes([]byte(b.String()))
		if err != nil {
			panic(err)
		}
		return out
	}
	return bytes.Clone([]byte(b.String()))
}

// family is the generated exports: each tool in each language, the separators and the
// encodings laid out as a Latin square, so that each tool and each language meets every
// separator and every encoding once, in nine files.
func family() []exportSpec {
	var specs []exportSpec
	for t, tool := range []string{"google", "microsoft", "limesurvey"} {
		for l, lang := range []string{"en", "fr", "sv"} {
			specs = append(specs, exportSpec{tool: tool, lang: lang, sep: []rune{',', ';', '\t'}[(t+l)%3],
				encoding: []string{"utf8", "utf8-bom", "cp1252"}[(t+2*l)%3]})
		}
	}
	return specs
}
