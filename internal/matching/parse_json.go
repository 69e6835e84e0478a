package matching

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"reflect"
)

// Instance is a problem read from a file with the ids it used. JSON files
// keep each id as written (a string or a number); matrix files have none and
// use row and column numbers.
type Instance struct {
	Problem   *Problem
	MenteeIDs []json.RawMessage
	MentorIDs []json.RawMessage
}

type jsonFile struct {
	Mentors []struct {
		ID       json.RawMessage `json:"id"`
		Capacity *int64          `json:"capacity"`
	} `json:"mentors"`
	Mentees []struct {
		ID json.RawMessage `json:"id"`
	} `json:"mentees"`
	Pairs []struct {
		Mentee json.RawMessage `json:"mentee"`
		Mentor json.RawMessage `json:"mentor"`
		Score  *int64          `json:"score"`
	} `json:"pairs"`
	Locked   []jsonPair `json:"locked"`
	Excluded []jsonPair `json:"excluded"`
}

type jsonPair struct {
	Mentee json.RawMessage `json:"mentee"`
	Mentor json.RawMessage `json:"mentor"`
}

// ParseJSON reads {"mentors": [{"id", "capacity"}], "mentees": [{"id"}],
// "pairs": [{"mentee", "mentor", "score"}], "locked": [{"mentee", "mentor"}],
// "excluded": [...]}; pairs not listed are forbidden. Errors name the JSON
// path (pairs[3].mentor: unknown mentor "x") or the byte offset.
func ParseJSON(data []byte) (*Instance, error) {
	var f jsonFile
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, jsonError(err)
	}
	in := &Instance{Problem: &Problem{Mentees: len(f.Mentees), Capacity: make([]int32, len(f.Mentors)), Sparse: []Arc{}}}
	mentors, mentees := map[string]int{}, map[string]int{}
	for j, m := range f.Mentors {
		path := fmt.Sprintf("mentors[%d]", j)
		if err := addID(mentors, m.ID, path, j); err != nil {
			return nil, err
		}
		c, err := intField(m.Capacity, path+".capacity", math.MaxInt32)
		if err != nil {
			return nil, err
		}
		in.Problem.Capacity[j] = int32(c)
		in.MentorIDs = append(in.MentorIDs, m.ID)
	}
	for i, e := range f.Mentees {
		if err := addID(mentees, e.ID, fmt.Sprintf("mentees[%d]", i), i); err != nil {
			return nil, err
		}
		in.MenteeIDs = append(in.MenteeIDs, e.ID)
	}
	if err := in.addPairs(&f, mentees, mentors); err != nil {
		return nil, err
	}
	return in, in.Problem.Validate()
}

func (in *Instance) addPairs(f *jsonFile, mentees, mentors map[string]int) error {
	seen := make(map[Pair]bool, len(f.Pairs))
	for k, p := range f.Pairs {
		path := fmt.Sprintf("pairs[%d]", k)
		pr, err := lookupPair(jsonPair{p.Mentee, p.Mentor}, path, mentees, mentors)
		if err != nil {
			return err
		}
		s, err := intField(p.Score, path+".score", math.MaxInt32)
		if err != nil {
			return err
		}
		if seen[pr] {
			return fmt.Errorf("%s: pair listed twice", path)
		}
		seen[pr] = true
		in.Problem.Sparse = append(in.Problem.Sparse, Arc{int32(pr.Mentee), int32(pr.Mentor), int32(s)})
	}
	var err error
	if in.Problem.Locked, err = lookupPairs(f.Locked, "locked", mentees, mentors); err != nil {
		return err
	}
	in.Problem.Excluded, err = lookupPairs(f.Excluded, "excluded", mentees, mentors)
	return err
}

func lookupPairs(list []jsonPair, name string, mentees, mentors map[string]int) ([]Pair, error) {
	var out []Pair
	for k, p := range list {
		pr, err := lookupPair(p, fmt.Sprintf("%s[%d]", name, k), mentees, mentors)
		if err != nil {
			return nil, err
		}
		out = append(out, pr)
	}
	return out, nil
}

func lookupPair(p jsonPair, path string, mentees, mentors map[string]int) (Pair, error) {
	i, err := lookupID(mentees, p.Mentee, path+".mentee", "mentee")
	if err != nil {
		return Pair{}, err
	}
	j, err := lookupID(mentors, p.Mentor, path+".mentor", "mentor")
	return Pair{i, j}, err
}

func addID(ids map[string]int, raw json.RawMessage, path string, index int) error {
	key, err := idKey(raw, path+".id")
	if err != nil {
		return err
	}
	if _, dup := ids[key]; dup {
		return fmt.Errorf("%s.id: duplicate id %s", path, key)
	}
	ids[key] = index
	return nil
}

func lookupID(ids map[string]int, raw json.RawMessage, path, kind string) (int, error) {
	key, err := idKey(raw, path)
	if err != nil {
		return 0, err
	}
	k, ok := ids[key]
	if !ok {
		return 0, fmt.Errorf("%s: unknown %s %s", path, kind, key)
	}
	return k, nil
}

// idKey accepts a JSON string or number and returns its compact text.
func idKey(raw json.RawMessage, path string) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", fmt.Errorf("%s: missing", path)
	}
	if c := raw[0]; c != '"' && c != '-' && (c < '0' || c > '9') {
		return "", fmt.Errorf("%s: must be a string or a number", path)
	}
	return string(raw), nil
}

func intField(v *int64, path string, limit int64) (int64, error) {
	switch {
	case v == nil:
		return 0, fmt.Errorf("%s: missing", path)
	case *v < 0:
		return 0, fmt.Errorf("%s: %d is negative", path, *v)
	case *v > limit:
		return 0, fmt.Errorf("%s: %d is larger than %d", path, *v, limit)
	}
	return *v, nil
}

// jsonError turns encoding/json's errors into one line with the byte offset
// and, for wrong types, the field.
func jsonError(err error) error {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		return fmt.Errorf("byte %d: %s", syntax.Offset, syntax.Error())
	case errors.As(err, &typ):
		field := typ.Field
		if field == "" {
			field = "top level"
		}
		return fmt.Errorf("byte %d: %s: got %s, want %s", typ.Offset, field, typ.Value, jsonKind(typ.Type))
	}
	return err
}

// jsonKind names a Go type the way a JSON file's author sees it.
func jsonKind(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Slice, reflect.Array:
		return "array"
	case reflect.Struct, reflect.Map:
		return "object"
	case reflect.String:
		return "string"
	case reflect.Bool:
		return "boolean"
	case reflect.Pointer:
		return jsonKind(t.Elem())
	}
	return "number"
}
