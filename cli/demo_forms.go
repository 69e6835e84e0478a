package cli

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/mentorbase/mentorbase/kernel"
)

// The free-text answers of the demo forms, per locale; %s are filled from the person's tags.
var demoTexts = map[string]struct{ bio, availability, motivation, expectations, contribution string }{
	"en": {
		bio:          "%s at %s. I enjoy helping students find their way into %s and I am happy to talk about %s.",
		availability: "One evening a week, and some lunchtimes.",
		motivation:   "I would like advice from someone who works in %s before I choose my next step.",
		expectations: "Honest feedback on my plans and help with %s.",
		contribution: "Curiosity, regular updates and a fresh view of what students live today.",
	},
	"fr": {
		bio:          "%s chez %s. J'aime aider les étudiant·e·s à trouver leur voie dans le secteur %s et je peux parler de %s.",
		availability: "Un soir par semaine et parfois le midi.",
		motivation:   "J'aimerais les conseils d'une personne qui travaille dans le secteur %s avant de choisir ma suite.",
		expectations: "Un regard franc sur mon projet et de l'aide pour %s.",
		contribution: "De la curiosité, de la régularité et un regard neuf sur la vie étudiante d'aujourd'hui.",
	},
	"sv": {
		bio:          "%s på %s. Jag hjälper gärna studenter att hitta sin väg in i %s och pratar gärna om %s.",
		availability: "En kväll i veckan och ibland vid lunch.",
		motivation:   "Jag vill ha råd från någon som jobbar inom %s innan jag väljer nästa steg.",
		expectations: "Ärlig återkoppling på mina planer och hjälp med %s.",
		contribution: "Nyfikenhet, regelbundna avstämningar och en aktuell bild av studentlivet.",
	},
}

func fillDemoMentor(rng *rand.Rand, p *demoPerson) {
	p.role = kernel.RoleMentor
	industries, functions := demoTagsOfKind(kernel.TagIndustry), demoTagsOfKind(kernel.TagJobFunction)
	industry := industries[rng.IntN(len(industries))]
	function := functions[rng.IntN(len(functions))]
	p.industry, p.jobFunction = kernel.TagIndustry+"/"+industry.key, kernel.TagJobFunction+"/"+function.key
	p.skills = pickSome(rng, tagRefs(kernel.TagSkill), 2, 5)
	p.interests = pickSome(rng, tagRefs(kernel.TagInterest), 1, 3)
	p.organisation = demoOrganisations[rng.IntN(len(demoOrganisations))]
	p.education = []string{"Master's degree", "Engineering school", "PhD", "Bachelor's degree"}[rng.IntN(4)]
	p.englishOK = slices.Contains(p.languages, "en")
	p.capacity = 1 + rng.IntN(3)
	p.listed = rng.IntN(8) > 0
	texts := demoTexts[p.locale]
	p.availability = texts.availability
	firstSkill := demoTagByRef(p.skills[0])
	p.bio = fmt.Sprintf(texts.bio, function.label(p.locale), p.organisation,
		strings.ToLower(industry.label(p.locale)), strings.ToLower(firstSkill.label(p.locale)))
}

func fillDemoMentee(rng *rand.Rand, p *demoPerson) {
	studies := demoStudies[p.locale]
	p.studyProgramme = studies[rng.IntN(len(studies))]
	p.studyYear = 1 + rng.IntN(5)
	p.developmentAreas = pickSome(rng, tagRefs(kernel.TagSkill), 1, 3)
	p.interests = pickSome(rng, tagRefs(kernel.TagInterest), 1, 3)
	p.industries = pickSome(rng, tagRefs(kernel.TagIndustry), 1, 2)
	p.jobFunctions = pickSome(rng, tagRefs(kernel.TagJobFunction), 1, 2)
	texts := demoTexts[p.locale]
	industry := demoTagByRef(p.industries[0])
	p.motivation = fmt.Sprintf(texts.motivation, strings.ToLower(industry.label(p.locale)))
	p.expectations = fmt.Sprintf(texts.expectations, strings.ToLower(demoTagByRef(p.developmentAreas[0]).label(p.locale)))
	p.contribution = texts.contribution
}

// demoTagByRef finds a demo tag by its "kind/key" reference.
func demoTagByRef(ref string) demoTag {
	kind, key, _ := strings.Cut(ref, "/")
	for _, t := range demoTags {
		if t.kind == kind && t.key == key {
			return t
		}
	}
	panic("unknown demo tag " + ref)
}
