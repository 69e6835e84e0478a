package mentoring

import "sync"

// parsedAreas keeps each programme's areas as ProgramAreas last read them, with the two JSON
// values they were read from: a directory page names the areas of forty people and scores,
// and reading the programme's JSON again for each was a sixth of the page's time. An entry is
// used only while the programme holds the same two values, so a change, by whatever client,
// is never missed and no hook has to forget anything.
var parsedAreas = areasMemo{byProgram: map[string]areasEntry{}}

// areasMemoSize bounds the memo: past it, it starts again (programmes number in the tens).
const areasMemoSize = 1000

type areasMemo struct {
	mu        sync.RWMutex
	byProgram map[string]areasEntry
}

type areasEntry struct {
	raw, rawLabels string
	areas          []Area
}

// find is the areas read from raw and rawLabels for the programme id, if kept.
func (m *areasMemo) find(id, raw, rawLabels string) ([]Area, bool) {
	m.mu.RLock()
	e, ok := m.byProgram[id]
	m.mu.RUnlock()
	if !ok || e.raw != raw || e.rawLabels != rawLabels {
		return nil, false
	}
	return e.areas, true
}

// keep remembers the areas read from raw and rawLabels for the programme id.
func (m *areasMemo) keep(id, raw, rawLabels string, areas []Area) {
	if id == "" {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if len(m.byProgram) >= areasMemoSize {
		clear(m.byProgram)
	}
	m.byProgram[id] = areasEntry{raw: raw, rawLabels: rawLabels, areas: areas}
}
