package cli

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/mentorbase/mentorbase/kernel"
)

// demoPerson is one generated applicant: their account and the answers of their form.
type demoPerson struct {
	name, email, locale, phone string
	role, status               string
	area, city                 string
	languages, meetingModes    []string
	// Mentor answers (tags as "kind/key").
	organisation, industry, jobFunction, education, availability, bio string
	skills                                                            []string
	englishOK, listed                                                 bool
	capacity                                                          int
	// Mentee answers (interests: both roles).
	studyProgramme                         string
	studyYear                              int
	interests, developmentAreas            []string
	industries, jobFunctions               []string // what they aim at
	motivation, expectations, contribution string
}

var demoNames = map[string]struct{ first, last []string }{
	"fr": {
		[]string{"Camille", "Léa", "Hugo", "Louis", "Chloé", "Manon", "Lucas", "Inès", "Théo", "Sarah", "Nathan", "Emma", "Jules", "Zoé", "Yanis", "Clara", "Mathis", "Anaïs", "Romain", "Élodie"},
		[]string{"Martin", "Bernard", "Dubois", "Lefebvre", "Moreau", "Laurent", "Simon", "Michel", "Garcia", "Roux", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Mercier", "Blanc"},
	},
	"sv": {
		[]string{"Elsa", "Oskar", "Maja", "Erik", "Astrid", "Lars", "Ingrid", "Johan", "Saga", "Nils", "Linnea", "Anders", "Freja", "Karl", "Ebba", "Gustav", "Alva", "Henrik", "Wilma", "Axel"},
		[]string{"Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Lindqvist", "Berg", "Holm", "Sandberg", "Ek", "Lund", "Nyberg"},
	},
	"en": {
		[]string{"Olivia", "James", "Amelia", "Oliver", "Isla", "George", "Ava", "Harry", "Mia", "Jack", "Grace", "Noah", "Ella", "Leo", "Ruby", "Arthur", "Freya", "Oscar", "Evie", "Samuel"},
		[]string{"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Davies", "Evans", "Thomas", "Johnson", "Roberts", "Walker", "Wright", "Robinson", "Thompson", "White", "Hughes", "Edwards", "Green", "Hall"},
	},
}

var demoOrganisations = []string{
	"Nordlys Energi", "Brightwater Bank", "Atelier Lumen", "Cité Santé", "Fjäll Software",
	"Harbour Analytics", "Verdant Foods", "Région Nord Services", "Kronan Consulting",
	"Open Library Trust", "Polaris Medtech", "Studio Kanel",
}

var demoStudies = map[string][]string{
	"fr": {"Licence Économie-Gestion", "Master Informatique", "Licence Psychologie", "Master Droit des affaires", "DUT Génie civil", "Licence Langues étrangères appliquées"},
	"sv": {"Civilingenjör, energi", "Kandidat i ekonomi", "Systemvetenskap", "Juristprogrammet", "Socionomprogrammet", "Master i data science"},
	"en": {"BSc Computer Science", "BA Economics", "MSc Public Health", "BA International Relations", "MEng Mechanical Engineering", "MA Journalism"},
}

// asciiFold turns a name into the letters of an e-mail address.
var asciiFold = strings.NewReplacer("é", "e", "è", "e", "ë", "e", "É", "e", "ï", "i", "ö", "o", "ä", "a", "å", "a", "Å", "a", " ", "", "'", "")

// demoPeople generates a programme's applicants deterministically, so every load gives the
// same people; taken records the e-mails already used by other programmes.
func demoPeople(p demoProgram, taken map[string]bool) []demoPerson {
	rng := rand.New(rand.NewPCG(uint64(len(p.slug)), uint64(p.mentors*100+p.mentees)))
	areas := slices.Sorted(maps.Keys(p.areas))
	var people []demoPerson
	for i := range p.mentors + p.mentees {
		locale := p.peopleLocales[i%len(p.peopleLocales)]
		person := demoPerson{locale: locale, role: kernel.RoleMentee, status: kernel.ApplicationApproved}
		person.name, person.email = demoName(rng, locale, taken)
		person.phone = fmt.Sprintf("+%d 6%02d %03d %03d", map[string]int{"fr": 33, "sv": 46, "en": 44}[locale], rng.IntN(100), rng.IntN(1000), rng.IntN(1000))
		person.area = areas[rng.IntN(len(areas))]
		person.city = p.areas[person.area]
		person.languages = demoLanguages(rng, locale)
		person.meetingModes = pickSome(rng, kernel.MeetingModes, 1, 3)
		if i < p.mentors {
			fillDemoMentor(rng, &person)
			if i == 0 {
				person.capacity = 2 // the mentor the demo prints has a pair and an invitation
			}
		} else {
			fillDemoMentee(rng, &person)
			if p.requiresApproval && i%6 == 0 {
				person.status = kernel.ApplicationSubmitted
			}
		}
		people = append(people, person)
	}
	return people
}

func demoName(rng *rand.Rand, locale string, taken map[string]bool) (name, email string) {
	names := demoNames[locale]
	for {
		first := names.first[rng.IntN(len(names.first))]
		last := names.last[rng.IntN(len(names.last))]
		email = strings.ToLower(asciiFold.Replace(first+"."+last)) + "@example.com"
		if !taken[email] {
			taken[email] = true
			return first + " " + last, email
		}
	}
}

func demoLanguages(rng *rand.Rand, locale string) []string {
	langs := []string{locale}
	if locale != "en" && rng.IntN(3) > 0 {
		langs = append(langs, "en")
	}
	if rng.IntN(4) == 0 {
		langs = append(langs, []string{"de", "es", "ar", "fi"}[rng.IntN(4)])
	}
	return langs
}

// pickSome returns between min and max distinct items of from, in their original order.
func pickSome(rng *rand.Rand, from []string, min, max int) []string {
	n := min + rng.IntN(max-min+1)
	idx := rng.Perm(len(from))[:n]
	slices.Sort(idx)
	out := make([]string, n)
	for i, j := range idx {
		out[i] = from[j]
	}
	return out
}

func tagRefs(kind string) []string {
	var refs []string
	for _, t := range demoTagsOfKind(kind) {
		refs = append(refs, kind+"/"+t.key)
	}
	return refs
}
