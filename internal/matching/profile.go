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
}

func newVocabulary() *vocabulary {
	return &vocabulary{ids: map[string]int32{}, names: []string{""}}
}

// reset forgets every string, keeping the memory for the next ones.
func (v *vocabulary) reset() {
	clear(v.ids)
	v.names = v.names[:1]
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
	v.names = append(v.names, s)
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

func (b bitset) has(id int32) bool { return id > 0 && b[id/64]&(1<<(id%64)) != 0 }

func (b bitset) count() int32 {
	n := 0
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return int32(n)
}

func (b bitset) common(o bitset) int32 {
	n := 0
	for k, w := range b {
		n += bits.OnesCount64(w & o[k])
	}
	return int32(n)
}

// members lists the ids in b, in increasing order.
func (b bitset) members() []int32 {
	var out []int32
	for k, w := range b {
		for w != 0 {
			out = append(out, int32(k*64+bits.TrailingZeros64(w)))
			w &= w - 1
		}
	}
	return out
}
