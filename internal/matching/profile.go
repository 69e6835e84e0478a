package matching

import (
	"math/bits"
	"strings"
)

// Profile is the part of an application that scoring reads; JSON names are
// the applications collection's fields. Tags (skills, development areas,
// interests, industries, job functions) are tag ids or keys; languages are ISO
// 639-1 codes; meeting modes are in_person, video or phone.
type Profile struct {
	ID string `json:"id"`
	// Mentor fields.
	Industry    string   `json:"industry,omitempty"`
	JobFunction string   `json:"job_function,omitempty"`
	Skills      []string `json:"skills,omitempty"`
	EnglishOK   bool     `json:"english_ok,omitempty"`
	Capacity    int      `json:"capacity,omitempty"`
	// Mentee fields (interests: both sides).
	DevelopmentAreas []string `json:"development_areas,omitempty"`
	Interests        []string `json:"interests,omitempty"`
	// Industries and JobFunctions are what the mentee aims at, compared with the mentor's
	// Industry and JobFunction.
	Industries   []string `json:"industries,omitempty"`
	JobFunctions []string `json:"job_functions,omitempty"`
	// Both.
	Languages    []string `json:"languages,omitempty"`
	Area         string   `json:"area,omitempty"`
	City         string   `json:"city,omitempty"`
	MeetingModes []string `json:"meeting_modes,omitempty"`
}

// vocabulary numbers the distinct strings of one kind so sets become bit
// sets and names become integers compared in the inner loop.
type vocabulary struct {
	ids   map[string]int32
	names []string
	keys  []string // by id, the key ids holds it under (a place's case-folded form)
}

func newVocabulary() *vocabulary {
	return &vocabulary{ids: map[string]int32{}, names: []string{""}, keys: []string{""}}
}

// forgetFrom forgets the strings numbered n and after, as if they had never been seen.
func (v *vocabulary) forgetFrom(n int) {
	for _, k := range v.keys[n:] {
		delete(v.ids, k)
	}
	v.names, v.keys = v.names[:n], v.keys[:n]
}

// id numbers s from 1; the empty string is 0.
func (v *vocabulary) id(s string) int32 {
	if s == "" {
		return 0
	}
	if id, ok := v.ids[s]; ok {
		return id
	}
	id := int32(len(v.names))
	v.ids[s] = id
	v.names, v.keys = append(v.names, s), append(v.keys, s)
	return id
}

// place numbers a place name by its case-folded form and keeps the first
// spelling seen for explanations.
func (v *vocabulary) place(s string) int32 {
	before := len(v.names)
	id := v.id(strings.ToLower(strings.TrimSpace(s)))
	if int(id) == before {
		v.names[id] = strings.TrimSpace(s)
	}
	return id
}

// bitset is a fixed-width set of vocabulary ids.
type bitset []uint64

func (b bitset) add(id int32) {
	if id > 0 {
		b[id/64] |= 1 << (id % 64)
	}
}

// has reports whether id is in b; an id past b's width is not (ScoreEach compiles its mentee
// before numbering a mentor's words).
func (b bitset) has(id int32) bool {
	return id > 0 && int(id/64) < len(b) && b[id/64]&(1<<(id%64)) != 0
}

func (b bitset) count() int32 {
	n := 0
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return int32(n)
}

// common counts the ids in both b and o, which is at least as wide.
func (b bitset) common(o bitset) int32 {
	n := 0
	for k, w := range b {
		n += bits.OnesCount64(w & o[k])
	}
	return int32(n)
}

// appendNames appends to out the names in v of the ids in b that are also in also (all of
// them when also is nil), in increasing order of id.
func (b bitset) appendNames(out []string, v *vocabulary, also bitset) []string {
	for k, w := range b {
		for w != 0 {
			id := int32(k*64 + bits.TrailingZeros64(w))
			if also == nil || also.has(id) {
				out = append(out, v.names[id])
			}
			w &= w - 1
		}
	}
	return out
}
