package csvimport

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Ignore is the mapping of a column that is not imported.
const Ignore = "-"

// Fields are the application fields (and the account's name, e-mail, phone and language) a
// column can hold, in the order the portal lists them.
var Fields = []string{
	"email", "name", "first_name", "last_name", "phone", "locale",
	"organisation", "industry", "job_function", "education", "english_ok", "skills", "capacity",
	"availability", "bio", "listed_in_directory",
	"study_programme", "study_year", "interests", "development_areas", "industries", "job_functions",
	"motivation", "expectations", "contribution",
	"city", "area", "languages", "meeting_modes", "other_wishes",
}

// aliases are the headers each field goes by in the three languages, normalised (Normalize).
// A header names a field when it is one of them, or else contains one as whole words (the
// longest wins), as a question written out in a form does: "Quelle est votre adresse e-mail ?".
var aliases = map[string]map[string][]string{
	"email": {"en": {"email", "email address", "e mail", "e mail address", "mail"},
		"fr": {"adresse e mail", "adresse email", "courriel", "adresse electronique", "adresse de messagerie"},
		"sv": {"e post", "e postadress", "epost", "epostadress", "mejladress"}},
	"name": {"en": {"name", "full name", "your name"}, "fr": {"nom complet", "nom et prenom", "prenom et nom", "prenom nom"},
		"sv": {"namn", "fullstandigt namn", "ditt namn", "for och efternamn"}},
	"first_name": {"en": {"first name", "given name", "forename"}, "fr": {"prenom"}, "sv": {"fornamn", "tilltalsnamn"}},
	"last_name":  {"en": {"last name", "surname", "family name"}, "fr": {"nom", "nom de famille"}, "sv": {"efternamn"}},
	"phone": {"en": {"phone", "phone number", "telephone", "mobile", "mobile number"},
		"fr": {"telephone", "numero de telephone", "portable"}, "sv": {"telefon", "telefonnummer", "mobilnummer", "mobil"}},
	"locale": {"en": {"preferred language", "language of correspondence", "correspondence language"},
		"fr": {"langue preferee", "langue de correspondance"}, "sv": {"foredraget sprak", "korrespondenssprak"}},
	"organisation": {"en": {"organisation", "organization", "company", "employer"},
		"fr": {"organisme", "entreprise", "employeur", "structure"}, "sv": {"organisation", "foretag", "arbetsgivare"}},
	"industry": {"en": {"industry", "field of activity", "sector"}, "fr": {"secteur", "secteur d activite", "domaine d activite"},
		"sv": {"bransch", "verksamhetsomrade"}},
	"job_function": {"en": {"job function", "job title", "position"}, "fr": {"fonction", "metier", "poste"},
		"sv": {"yrkesroll", "befattning", "funktion", "yrke"}},
	"education": {"en": {"education", "education background", "educational background"},
		"fr": {"formation", "parcours", "parcours de formation"}, "sv": {"utbildning", "utbildningsbakgrund"}},
	"english_ok": {"en": {"mentor in english", "willing to mentor in english"}, "fr": {"accompagner en anglais", "mentorat en anglais"},
		"sv": {"mentor pa engelska", "mentorskap pa engelska"}},
	"skills": {"en": {"skills", "strengths", "skills and strengths"}, "fr": {"competences", "points forts", "competences et points forts"},
		"sv": {"kompetenser", "styrkor", "kompetenser och styrkor"}},
	"capacity": {"en": {"capacity", "number of mentees", "how many mentees"}, "fr": {"nombre de mentores", "nombre de filleuls"},
		"sv": {"antal adepter", "kapacitet"}},
	"availability": {"en": {"availability"}, "fr": {"disponibilite", "disponibilites"}, "sv": {"tillganglighet"}},
	"bio":          {"en": {"bio", "short bio", "about you"}, "fr": {"biographie", "presentation", "courte presentation"}, "sv": {"kort presentation", "om dig"}},
	"listed_in_directory": {"en": {"listed in directory", "listed in the directory"}, "fr": {"annuaire", "visible dans l annuaire"},
		"sv": {"synlig i katalogen", "katalogen"}},
	"study_programme": {"en": {"programme of study", "program of study", "study programme", "study program"},
		"fr": {"formation suivie", "cursus", "filiere"}, "sv": {"utbildningsprogram", "program"}},
	"study_year": {"en": {"year of study", "study year"}, "fr": {"annee d etude", "annee d etudes"}, "sv": {"arskurs", "studiear"}},
	"interests":  {"en": {"interests"}, "fr": {"centres d interet", "interets"}, "sv": {"intressen"}},
	"development_areas": {"en": {"development areas", "areas to develop"}, "fr": {"axes de developpement", "competences a developper"},
		"sv": {"utvecklingsomraden"}},
	"industries":    {"en": {"industries of interest", "target industries"}, "fr": {"secteurs vises"}, "sv": {"onskade branscher"}},
	"job_functions": {"en": {"target job functions"}, "fr": {"fonctions visees", "metiers vises"}, "sv": {"onskade yrkesroller"}},
	"motivation":    {"en": {"motivation", "why do you want to join"}, "fr": {"motivation", "motivations", "pourquoi"}, "sv": {"motivering", "varfor"}},
	"expectations":  {"en": {"expectations"}, "fr": {"attentes"}, "sv": {"forvantningar"}},
	"contribution":  {"en": {"what you bring", "contribution"}, "fr": {"ce que vous apportez", "apport"}, "sv": {"vad du bidrar med", "bidrag"}},
	"city":          {"en": {"city", "town"}, "fr": {"ville", "commune"}, "sv": {"stad", "ort"}},
	"area": {"en": {"area", "geographic area", "region"}, "fr": {"zone", "zone geographique", "territoire", "region"},
		"sv": {"omrade", "geografiskt omrade", "region", "lan"}},
	"languages": {"en": {"languages", "languages spoken"}, "fr": {"langues", "langues parlees"}, "sv": {"sprak", "talade sprak"}},
	"meeting_modes": {"en": {"meeting modes", "how you can meet", "how can you meet", "meeting mode"}, "fr": {"modalites", "modalites de rencontre", "mode de rencontre"},
		"sv": {"motesform", "motesformer", "hur ni kan traffas", "hur kan ni traffas"}},
	"other_wishes": {"en": {"other wishes", "anything else", "comments"}, "fr": {"autres souhaits", "remarques", "commentaires"},
		"sv": {"ovriga onskemal", "ovrigt", "kommentarer"}},
}

// noise are the columns form tools add that hold no answer (time stamps, response numbers,
// LimeSurvey's bookkeeping); they are ignored without being reported as unknown.
var noise = []string{"timestamp", "horodateur", "tidstampel", "id", "start time", "completion time",
	"last modified time", "heure de debut", "heure de fin", "heure de la derniere modification", "starttid", "sluttid",
	"response id", "id de la reponse", "svars id", "submitdate", "date submitted", "date de soumission",
	"lastpage", "last page", "derniere page", "startlanguage", "start language", "langue de depart", "seed", "startdate", "datestamp"}

// Guess is the field a header names (Ignore for a form tool's bookkeeping column, "" for
// an unknown one) and the language its words are in ("" when they are the same in several).
// A LimeSurvey column of one option of a multiple choice, "Languages [French]", is guessed by
// its question.
func Guess(header string) (field, lang string) {
	h := Normalize(Question(header))
	for _, n := range noise {
		if h == n {
			return Ignore, ""
		}
	}
	best := 0
	for _, f := range Fields {
		for _, l := range []string{"en", "fr", "sv"} {
			for _, a := range aliases[f][l] {
				score := 0
				if h == a {
					score = 1000 + len(a)
				} else if strings.Contains(" "+h+" ", " "+a+" ") {
					score = len(a)
				}
				switch {
				case score > best:
					best, field, lang = score, f, l
				case score == best && score > 0 && f == field && l != lang:
					lang = "" // the same words in two languages say nothing of the file's
				}
			}
		}
	}
	return field, lang
}

// Question is a header without LimeSurvey's "[option]" suffix; Option is that option.
func Question(header string) string {
	if i := strings.LastIndex(header, "["); i > 0 && strings.HasSuffix(header, "]") {
		return strings.TrimSpace(header[:i])
	}
	return header
}

// Option is the option a LimeSurvey column of a multiple choice stands for, "" for another
// column.
func Option(header string) string {
	if i := strings.LastIndex(header, "["); i > 0 && strings.HasSuffix(header, "]") {
		return strings.TrimSpace(header[i+1 : len(header)-1])
	}
	return ""
}

// Normalize lowers s, drops its accents and turns every run of other characters than letters
// and digits into one space, so "Adresse e-mail :" and "adresse E-MAIL" compare equal.
func Normalize(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	plain, _, err := transform.String(t, strings.ToLower(s))
	if err != nil {
		plain = strings.ToLower(s)
	}
	return strings.Join(strings.FieldsFunc(plain, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}
