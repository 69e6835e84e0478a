package cli

import "github.com/mentorbase/mentorbase/kernel"

// demoTag is one entry of the demo vocabulary, labelled in the three portal languages.
type demoTag struct{ kind, key, en, fr, sv string }

// demoTags is a vocabulary an association could start from: what mentees want to develop and
// mentors offer (skills), where mentors work (industries, job functions), and what else
// mentees care about (interests).
var demoTags = []demoTag{
	{kernel.TagSkill, "public_speaking", "Public speaking", "Prise de parole", "Att tala inför publik"},
	{kernel.TagSkill, "networking", "Networking", "Réseautage", "Nätverkande"},
	{kernel.TagSkill, "job_search", "Job search", "Recherche d'emploi", "Jobbsökande"},
	{kernel.TagSkill, "cv_interview", "CV and interviews", "CV et entretiens", "CV och intervjuer"},
	{kernel.TagSkill, "project_management", "Project management", "Gestion de projet", "Projektledning"},
	{kernel.TagSkill, "leadership", "Leadership", "Leadership", "Ledarskap"},
	{kernel.TagSkill, "data_analysis", "Data analysis", "Analyse de données", "Dataanalys"},
	{kernel.TagSkill, "software_development", "Software development", "Développement logiciel", "Mjukvaruutveckling"},
	{kernel.TagSkill, "entrepreneurship", "Entrepreneurship", "Entrepreneuriat", "Entreprenörskap"},
	{kernel.TagSkill, "research_careers", "Research careers", "Carrières de la recherche", "Forskarkarriär"},
	{kernel.TagSkill, "work_life_balance", "Work-life balance", "Équilibre vie pro et perso", "Balans mellan arbete och fritid"},
	{kernel.TagSkill, "studying_abroad", "Studying abroad", "Études à l'étranger", "Studier utomlands"},
	{kernel.TagIndustry, "tech", "Technology", "Numérique", "Teknik och IT"},
	{kernel.TagIndustry, "finance", "Finance and banking", "Banque et finance", "Bank och finans"},
	{kernel.TagIndustry, "healthcare", "Health care", "Santé", "Hälso- och sjukvård"},
	{kernel.TagIndustry, "public_sector", "Public sector", "Secteur public", "Offentlig sektor"},
	{kernel.TagIndustry, "education", "Education", "Éducation", "Utbildning"},
	{kernel.TagIndustry, "energy", "Energy", "Énergie", "Energi"},
	{kernel.TagIndustry, "consulting", "Consulting", "Conseil", "Konsultverksamhet"},
	{kernel.TagIndustry, "media", "Media and culture", "Médias et culture", "Media och kultur"},
	{kernel.TagIndustry, "manufacturing", "Manufacturing", "Industrie", "Tillverkning"},
	{kernel.TagIndustry, "nonprofit", "Non-profit", "Associatif", "Ideell sektor"},
	{kernel.TagJobFunction, "engineering", "Engineering", "Ingénierie", "Ingenjörsarbete"},
	{kernel.TagJobFunction, "marketing", "Marketing", "Marketing", "Marknadsföring"},
	{kernel.TagJobFunction, "sales", "Sales", "Commercial", "Försäljning"},
	{kernel.TagJobFunction, "hr", "Human resources", "Ressources humaines", "HR"},
	{kernel.TagJobFunction, "research", "Research", "Recherche", "Forskning"},
	{kernel.TagJobFunction, "management", "Management", "Management", "Chefskap"},
	{kernel.TagJobFunction, "design", "Design", "Design", "Design"},
	{kernel.TagJobFunction, "operations", "Operations", "Opérations", "Verksamhetsstyrning"},
	{kernel.TagJobFunction, "legal", "Legal", "Juridique", "Juridik"},
	{kernel.TagJobFunction, "communication", "Communication", "Communication", "Kommunikation"},
	{kernel.TagInterest, "sustainability", "Sustainability", "Développement durable", "Hållbarhet"},
	{kernel.TagInterest, "international", "Working internationally", "Travailler à l'international", "Att jobba internationellt"},
	{kernel.TagInterest, "innovation", "Innovation", "Innovation", "Innovation"},
	{kernel.TagInterest, "volunteering", "Volunteering", "Bénévolat", "Volontärarbete"},
	{kernel.TagInterest, "culture", "Arts and culture", "Arts et culture", "Konst och kultur"},
	{kernel.TagInterest, "sports", "Sports", "Sport", "Idrott"},
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
