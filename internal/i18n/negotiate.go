package i18n

import (
	"sort"
	"strconv"
	"strings"
)

// Negotiate picks the supported locale the Accept-Language header prefers most, honouring
// q-values ("fr-CH, fr;q=0.9, en;q=0.8"); a region tag matches its language ("sv-SE" → "sv").
// It returns "" when nothing acceptable is supported, so callers can try another source.
func Negotiate(acceptLanguage string) string {
	type choice struct {
		locale string
		q      float64
		order  int
	}
	var choices []choice
	for i, part := range strings.Split(acceptLanguage, ",") {
		tag, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		q := 1.0
		if v, ok := strings.CutPrefix(strings.TrimSpace(params), "q="); ok {
			parsed, err := strconv.ParseFloat(v, 64)
			if err != nil {
				continue
			}
			q = parsed
		}
		lang, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(tag)), "-")
		if q <= 0 || !Supported(lang) {
			continue
		}
		choices = append(choices, choice{lang, q, i})
	}
	if len(choices) == 0 {
		return ""
	}
	sort.SliceStable(choices, func(a, b int) bool { return choices[a].q > choices[b].q })
	return choices[0].locale
}
