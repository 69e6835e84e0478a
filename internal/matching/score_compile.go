package matching

import "slices"

// menteeCode is a mentee profile as ids and bit sets, with its criteria
// weights already normalised: factor[c]·matched[c] is criterion c's points.
type menteeCode struct {
	development, interests, languages, modes bitset
	industries, jobs                         bitset
	area, city                               int32
	of                                       [numCriteria]int32
	factor                                   [numCriteria]float64
	mustApply                                [numCriteria]bool
}

// mentorCode is a mentor profile as ids and bit sets; tags holds skills,
// interests, industry and job function together for the interests criterion.
type mentorCode struct {
	skills, tags, languages, modes bitset
	industry, job, area, city      int32
	english                        bool
}

// NewScorer prepares mentees and mentors for scoring under c (which should
// be valid; unknown criterion names are ignored).
func NewScorer(c Criteria, mentees, mentors []Profile) *Scorer {
	s := newScorer(c)
	for _, p := range append(append([]Profile(nil), mentees...), mentors...) {
		s.intern(p)
	}
	s.mentees = make([]menteeCode, len(mentees))
	for i, p := range mentees {
		s.mentees[i] = s.compileMentee(p)
	}
	s.mentors = make([]mentorCode, len(mentors))
	for j, p := range mentors {
		s.mentors[j] = s.compileMentor(p)
	}
	return s
}

// newScorer is a scorer of c without profiles.
func newScorer(c Criteria) *Scorer {
	s := &Scorer{tags: newVocabulary(), langs: newVocabulary(), modes: newVocabulary(), places: newVocabulary()}
	for name, w := range c.Weights {
		if k := criterionIndex(name); k >= 0 {
			s.weights[k] = w
		}
	}
	for _, name := range c.Must {
		if k := criterionIndex(name); k >= 0 {
			s.must[k] = true
		}
	}
	return s
}

func (s *Scorer) intern(p Profile) {
	for _, list := range [][]string{p.Skills, p.DevelopmentAreas, p.Interests, p.Industries, p.JobFunctions, {p.Industry, p.JobFunction}} {
		for _, t := range list {
			s.tags.id(t)
		}
	}
	for _, l := range p.Languages {
		s.langs.id(l)
	}
	s.langs.id("en")
	for _, m := range p.MeetingModes {
		s.modes.id(m)
	}
	s.places.place(p.Area)
	s.places.place(p.City)
}

func (s *Scorer) set(v *vocabulary, items ...string) bitset {
	b := make(bitset, len(v.names)/64+1)
	for _, it := range items {
		b.add(v.id(it))
	}
	return b
}

func (s *Scorer) compileMentee(p Profile) menteeCode {
	e := menteeCode{
		development: s.set(s.tags, p.DevelopmentAreas...), interests: s.set(s.tags, p.Interests...),
		languages: s.set(s.langs, p.Languages...), modes: s.set(s.modes, p.MeetingModes...),
		industries: s.set(s.tags, p.Industries...), jobs: s.set(s.tags, p.JobFunctions...),
		area: s.places.place(p.Area), city: s.places.place(p.City),
	}
	e.of = [numCriteria]int32{
		e.development.count(), b2i(e.industries.count() > 0), b2i(e.jobs.count() > 0), e.interests.count(),
		b2i(e.languages.count() > 0), b2i(e.area != 0 || e.city != 0), b2i(e.modes.count() > 0),
		b2i(e.languages.has(s.langs.id("en"))),
	}
	// Weights count relative to the largest that applies: a programme may write 1e308, and
	// neither the sum of such weights nor 100 times one may overflow to infinity.
	top := 0.0
	for c, of := range e.of {
		if of > 0 {
			top = max(top, s.weights[c])
			e.mustApply[c] = s.must[c]
		}
	}
	total := 0.0
	for c, of := range e.of {
		if of > 0 && top > 0 {
			total += s.weights[c] / top
		}
	}
	for c, of := range e.of {
		if of > 0 && total > 0 {
			e.factor[c] = 100 * (s.weights[c] / top) / total / float64(of)
		}
	}
	return e
}

func (s *Scorer) compileMentor(p Profile) mentorCode {
	r := mentorCode{
		skills: s.set(s.tags, p.Skills...), tags: s.set(s.tags, append(append([]string{p.Industry, p.JobFunction}, p.Skills...), p.Interests...)...),
		languages: s.set(s.langs, p.Languages...), modes: s.set(s.modes, p.MeetingModes...),
		industry: s.tags.id(p.Industry), job: s.tags.id(p.JobFunction),
		area: s.places.place(p.Area), city: s.places.place(p.City),
	}
	r.english = p.EnglishOK || r.languages.has(s.langs.id("en"))
	if r.english {
		r.languages.add(s.langs.id("en")) // willing to mentor in English: a shared language with an English speaker
	}
	return r
}

// shared names what mentee e and mentor r have in common for criterion c.
func (s *Scorer) shared(c int, e *menteeCode, r *mentorCode) []string {
	names := func(v *vocabulary, a, b bitset) []string {
		out := []string{}
		for _, id := range a.members() {
			if b.has(id) {
				out = append(out, v.names[id])
			}
		}
		return out
	}
	one := func(v *vocabulary, id int32, ok bool) []string {
		if !ok || id == 0 {
			return []string{}
		}
		return []string{v.names[id]}
	}
	switch criterionNames[c] {
	case CriterionDevelopmentAreas:
		return names(s.tags, e.development, r.skills)
	case CriterionIndustry:
		return one(s.tags, r.industry, e.industries.has(r.industry))
	case CriterionJobFunction:
		return one(s.tags, r.job, e.jobs.has(r.job))
	case CriterionInterests:
		return names(s.tags, e.interests, r.tags)
	case CriterionLanguages:
		return names(s.langs, e.languages, r.languages)
	case CriterionArea:
		if e.area != 0 && e.area == r.area {
			return one(s.places, e.area, true)
		}
		return one(s.places, e.city, e.city != 0 && e.city == r.city)
	case CriterionMeetingModes:
		return names(s.modes, e.modes, r.modes)
	default:
		return one(s.langs, s.langs.id("en"), r.english)
	}
}

// sides names what each side brought to criterion c: the mentee's values it compares and
// the mentor's, so an explanation can say "you aim at Banking; the mentor works in Technology".
func (s *Scorer) sides(c int, e *menteeCode, r *mentorCode) (mentee, mentor []string) {
	names := func(v *vocabulary, b bitset) []string {
		out := []string{}
		for _, id := range b.members() {
			out = append(out, v.names[id])
		}
		return out
	}
	ids := func(v *vocabulary, list ...int32) []string {
		out := []string{}
		for k, id := range list {
			if id != 0 && !slices.Contains(list[:k], id) { // an area named like the city once
				out = append(out, v.names[id])
			}
		}
		return out
	}
	switch criterionNames[c] {
	case CriterionDevelopmentAreas:
		return names(s.tags, e.development), names(s.tags, r.skills)
	case CriterionIndustry:
		return names(s.tags, e.industries), ids(s.tags, r.industry)
	case CriterionJobFunction:
		return names(s.tags, e.jobs), ids(s.tags, r.job)
	case CriterionInterests:
		return names(s.tags, e.interests), names(s.tags, r.tags)
	case CriterionLanguages:
		return names(s.langs, e.languages), names(s.langs, r.languages)
	case CriterionArea:
		return ids(s.places, e.area, e.city), ids(s.places, r.area, r.city)
	case CriterionMeetingModes:
		return names(s.modes, e.modes), names(s.modes, r.modes)
	default:
		if r.english {
			return []string{"en"}, []string{"en"}
		}
		return []string{"en"}, []string{}
	}
}
