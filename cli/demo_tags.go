package cli

// demoTag is one entry of the demo vocabulary, labelled in the three portal languages.
type demoTag struct{ kind, key, en, fr, sv string }

// demoTags is a vocabulary an association could start from: what mentees want to develop and
// mentors offer (skills), where mentors work (industries, job functions), and what else
// mentees care about (interests).
var demoTags = []demoTag{
	{"skill", "public_speaking", "Public speaking", "Prise de parole", "Att tala inför publik"},
	{"skill", "networking", "Networking", "Réseautage", "Nätverkande"},
	{"skill", "job_search", "Job search", "Recherche d'emploi", "Jobbsökande"},
	{"skill", "cv_interview", "CV and interviews", "CV et entretiens", "CV och intervjuer"},
	{"skill", "project_management", "Project management", "Gestion de projet", "Projektledning"},
	{"skill", "leadership", "Leadership", "Leadership", "Ledarskap"},
	{"skill", "data_analysis", "Data analysis", "Analyse de données", "Dataanalys"},
	{"skill", "software_development", "Software development", "Développement logiciel", "Mjukvaruutveckling"},
	{"skill", "entrepreneurship", "Entrepreneurship", "Entrepreneuriat", "Entreprenörskap"},
	{"skill", "research_careers", "Research careers", "Carrières de la recherche", "Forskarkarriär"},
	{"skill", "work_life_balance", "Work-life balance", "Équilibre vie pro et perso", "Balans mellan arbete och fritid"},
	{"skill", "studying_abroad", "Studying abroad", "Études à l'étranger", "Studier utomlands"},
	{"industry", "tech", "Technology", "Numérique", "Teknik och IT"},
	{"industry", "finance", "Finance and banking", "Banque et finance", "Bank och finans"},
	{"industry", "healthcare", "Health care", "Santé", "Hälso- och sjukvård"},
	{"industry", "public_sector", "Public sector", "Secteur public", "Offentlig sektor"},
	{"industry", "education", "Education", "Éducation", "Utbildning"},
	{"industry", "energy", "Energy", "Énergie", "Energi"},
	{"industry", "consulting", "Consulting", "Conseil", "Konsultverksamhet"},
	{"industry", "media", "Media and culture", "Médias et culture", "Media och kultur"},
	{"industry", "manufacturing", "Manufacturing", "Industrie", "Tillverkning"},
	{"industry", "nonprofit", "Non-profit", "Associatif", "Ideell sektor"},
	{"job_function", "engineering", "Engineering", "Ingénierie", "Ingenjörsarbete"},
	{"job_function", "marketing", "Marketing", "Marketing", "Marknadsföring"},
	{"job_function", "sales", "Sales", "Commercial", "Försäljning"},
	{"job_function", "hr", "Human resources", "Ressources humaines", "HR"},
	{"job_function", "research", "Research", "Recherche", "Forskning"},
	{"job_function", "management", "Management", "Management", "Chefskap"},
	{"job_function", "design", "Design", "Design", "Design"},
	{"job_function", "operations", "Operations", "Opérations", "Verksamhetsstyrning"},
	{"job_function", "legal", "Legal", "Juridique", "Juridik"},
	{"job_function", "communication", "Communication", "Communication", "Kommunikation"},
	{"interest", "sustainability", "Sustainability", "Développement durable", "Hållbarhet"},
	{"interest", "international", "Working internationally", "Travailler à l'international", "Att jobba internationellt"},
	{"interest", "innovation", "Innovation", "Innovation", "Innovation"},
	{"interest", "volunteering", "Volunteering", "Bénévolat", "Volontärarbete"},
	{"interest", "culture", "Arts and culture", "Arts et culture", "Konst och kultur"},
	{"interest", "sports", "Sports", "Sport", "Idrott"},
}

// label returns the tag's label in locale.
func (t demoTag) label(locale string) string {
	switch locale {
	case "fr":
		return t.fr
	case "sv":
		return t.sv
	}
	return t.en
}

// demoTagsOfKind returns the demo tags of one kind, in vocabulary order.
func demoTagsOfKind(kind string) []demoTag {
	var out []demoTag
	for _, t := range demoTags {
		if t.kind == kind {
			out = append(out, t)
		}
	}
	return out
}
