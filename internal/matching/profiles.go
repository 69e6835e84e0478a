package matching

import (
	"encoding/json"
	"fmt"
)

// ParseProfiles reads a JSON array of application profiles (the fields of
// Profile); every profile needs a distinct id. Errors name the JSON path or
// the byte offset.
func ParseProfiles(data []byte) ([]Profile, error) {
	var out []Profile
	if err := json.Unmarshal(data, &out); err != nil {
		return nil, jsonError(err)
	}
	seen := make(map[string]bool, len(out))
	for k, p := range out {
		switch {
		case p.ID == "":
			return nil, fmt.Errorf("[%d].id: missing", k)
		case seen[p.ID]:
			return nil, fmt.Errorf("[%d].id: duplicate id %q", k, p.ID)
		}
		seen[p.ID] = true
	}
	return out, nil
}
