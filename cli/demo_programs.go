package cli

import (
	"time"

	"github.com/mentorbase/mentorbase/kernel"
)

// demoProgram describes one demo programme and the people who applied to it.
type demoProgram struct {
	slug, name, summary, description string
	languages                        []string
	timezone, matchingMode           string
	requiresApproval                 bool
	criteria                         map[string]any
	areas                            map[string]string // geographic area → a city in it
	peopleLocales                    []string          // locales of its applicants, cycled
	mentors, mentees                 int
	// Phase dates, as days from the day the demo is loaded.
	openDays, closeDays, startDays, midDays, endDays int
}

// dates returns the programme's phase dates counted from now, at 09:00 UTC.
func (p demoProgram) dates(now time.Time) map[string]time.Time {
	day := now.UTC().Truncate(24 * time.Hour).Add(9 * time.Hour)
	at := func(days int) time.Time { return day.AddDate(0, 0, days) }
	return map[string]time.Time{
		"applications_open_at":  at(p.openDays),
		"applications_close_at": at(p.closeDays),
		"starts_at":             at(p.startDays),
		"midpoint_at":           at(p.midDays),
		"ends_at":               at(p.endDays),
	}
}

// demoPrograms are a coordinated campus scheme matched by geographic area (like seed 000) and
// a self-service alumni programme where mentees search and invite (like seeds 001 and 002).
var demoPrograms = []demoProgram{
	{
		slug:    "mentorat-campus",
		name:    "Mentorat Campus",
		summary: "Un·e mentor près de chez vous pour accompagner votre année d'études : questions, conseils et moments d'échange.",
		description: "## Le principe\n\nÉtudiant·e·s, personnels et personnes extérieures à l'université " +
			"se portent volontaires pour accompagner un·e étudiant·e qui en ressent le besoin.\n\n" +
			"1. Vous vous inscrivez et indiquez votre aire géographique et vos attentes.\n" +
			"2. Vous signez la charte du mentorat.\n" +
			"3. Les coordinateurs vous mettent en relation avec une personne de votre secteur.\n" +
			"4. Vous vous rencontrez au moins deux ou trois fois au cours du semestre.\n\n" +
			"Une question ? Utilisez le lien « Besoin d'aide ? » du portail.",
		languages: []string{"fr", "en"}, timezone: "Europe/Paris", matchingMode: kernel.MatchingCoordinated,
		requiresApproval: true,
		criteria: map[string]any{
			"weights": map[string]float64{"area": 4, "development_areas": 3, "languages": 2, "interests": 1, "meeting_modes": 1},
			"must":    []string{"area"},
		},
		areas: map[string]string{
			"Lille": "Lille", "Villeneuve-d'Ascq": "Villeneuve-d'Ascq",
			"Roubaix-Tourcoing": "Roubaix", "À distance": "Lille",
		},
		peopleLocales: []string{"fr", "fr", "en", "fr", "sv"},
		mentors:       14, mentees: 25,
		openDays: -10, closeDays: 20, startDays: 30, midDays: 75, endDays: 120,
	},
	{
		slug:    "alumni-career",
		name:    "Alumni Career Mentoring",
		summary: "Find an alumni mentor in your field, invite them, and prepare your next career step together.",
		description: "## How it works\n\nBrowse the alumni who volunteered as mentors, filter by skills, " +
			"industry and language, and invite the one who fits you best with a short message.\n\n" +
			"Once your mentor accepts, send your **road-book** at least three days before your first " +
			"meeting: your professional project, your path and motivation, your job-search strategy " +
			"and your action plan. Plan two to three meetings over two months; your mentor fills a " +
			"short evaluation after the first one.",
		languages: []string{"en", "sv"}, timezone: "Europe/Stockholm", matchingMode: kernel.MatchingSelfService,
		criteria: map[string]any{
			"weights": map[string]float64{"development_areas": 3, "industry": 2, "job_function": 2, "languages": 2, "english": 1, "area": 1},
		},
		areas: map[string]string{
			"Stockholm": "Stockholm", "Göteborg": "Göteborg", "Malmö": "Malmö", "Remote": "Uppsala",
		},
		peopleLocales: []string{"sv", "en", "sv", "fr", "sv"},
		mentors:       16, mentees: 25,
		openDays: -30, closeDays: 14, startDays: 14, midDays: 60, endDays: 120,
	},
}
