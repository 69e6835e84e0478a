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

// set is the bit set of items, as wide as v; cut from s.spare while it has room.
func (s *Scorer) set(v *vocabulary, items ...string) bitset {
	n := len(v.names)/64 + 1
	var b bitset
	if used := len(s.spare); cap(s.spare)-used >= n {
		s.spare = s.spare[:used+n]
		b = s.spare[used : used+n : used+n]
		clear(b)
	} else {
		b = make(bitset, n)
	}
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
		skills: s.set(s.tags, p.Skills...), tags: s.set(s.tags, p.Industry, p.JobFunction),
		languages: s.set(s.langs, p.Languages...), modes: s.set(s.modes, p.MeetingModes...),
		industry: s.tags.id(p.Industry), job: s.tags.id(p.JobFunction),
		area: s.places.place(p.Area), city: s.places.place(p.City),
	}
	for _, list := range [...][]string{p.Skills, p.Interests} {
		for _, t := range list {
			r.tags.add(s.tags.id(t))
		}
	}
	r.english = p.EnglishOK || r.languages.has(s.langs.id("en"))
	if r.english {
		r.languages.add(s.langs.id("en")) // willing to mentor in English: a shared language with an English speaker
	}
	return r
}

// appendShared appends to out what mentee e and mentor r have in common for criterion c.
func (s *Scorer) appendShared(out []string, c int, e *menteeCode, r *mentorCode) []string {
	switch criterionNames[c] {
	case CriterionDevelopmentAreas:
		return e.development.appendNames(out, s.tags, r.skills)
	case CriterionIndustry:
		return appendIDs(out, s.tags, b2i(e.industries.has(r.industry))*r.industry)
	case CriterionJobFunction:
		return appendIDs(out, s.tags, b2i(e.jobs.has(r.job))*r.job)
	case CriterionInterests:
		return e.interests.appendNames(out, s.tags, r.tags)
	case CriterionLanguages:
		return e.languages.appendNames(out, s.langs, r.languages)
	case CriterionArea:
		if e.area != 0 && e.area == r.area {
			return appendIDs(out, s.places, e.area)
		}
		return appendIDs(out, s.places, b2i(e.city == r.city)*e.city)
	case CriterionMeetingModes:
		return e.modes.appendNames(out, s.modes, r.modes)
	default:
		return appendIDs(out, s.langs, b2i(r.english)*s.langs.id("en"))
	}
}

// appendMenteeSide appends to out the mentee's values that criterion c compares, so an
// explanation can say "you aim at Banking; the mentor works in Technology".
func (s *Scorer) appendMenteeSide(out []string, c int, e *menteeCode) []string {
	switch criterionNames[c] {
	case CriterionDevelopmentAreas:
		return e.development.appendNames(out, s.tags, nil)
	case CriterionIndustry:
		return e.industries.appendNames(out, s.tags, nil)
	case CriterionJobFunction:
		return e.jobs.appendNames(out, s.tags, nil)
	case CriterionInterests:
		return e.interests.appendNames(out, s.tags, nil)
	case CriterionLanguages:
		return e.languages.appendNames(out, s.langs, nil)
	case CriterionArea:
		return appendIDs(out, s.places, e.area, e.city)
	case CriterionMeetingModes:
		return e.modes.appendNames(out, s.modes, nil)
	default:
		return append(out, "en")
	}
}

// appendMentorSide appends to out the mentor's values that criterion c compares.
func (s *Scorer) appendMentorSide(out []string, c int, r *mentorCode) []string {
	switch criterionNames[c] {
	case CriterionDevelopmentAreas:
		return r.skills.appendNames(out, s.tags, nil)
	case CriterionIndustry:
		return appendIDs(out, s.tags, r.industry)
	case CriterionJobFunction:
		return appendIDs(out, s.tags, r.job)
	case CriterionInterests:
		return r.tags.appendNames(out, s.tags, nil)
	case CriterionLanguages:
		return r.languages.appendNames(out, s.langs, nil)
	case CriterionArea:
		return appendIDs(out, s.places, r.area, r.city)
	case CriterionMeetingModes:
		return r.modes.appendNames(out, s.modes, nil)
	default:
		return appendIDs(out, s.langs, b2i(r.english)*s.langs.id("en"))
	}
}

// appendIDs appends to out the names in v of ids, but for 0 (none) and an id already named
// (an area named like the city).
func appendIDs(out []string, v *vocabulary, ids ...int32) []string {
	for k, id := range ids {
		if id != 0 && !slices.Contains(ids[:k], id) {
			out = append(out, v.names[id])
		}
	}
	return out
}
