// Package i18n translates the portal's strings: it loads one JSON catalog per language from
// an fs.FS, looks keys up with named placeholders and negotiates a language from an
// Accept-Language header. It knows nothing about HTTP requests or PocketBase.
package i18n

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Locales are the languages mentorbase speaks, in the order the switcher shows them.
var Locales = []string{"en", "fr", "sv"}

// Fallback is the language used when nothing else matches and for keys missing elsewhere.
const Fallback = "en"

// Supported reports whether locale is one of Locales.
func Supported(locale string) bool {
	return slices.Contains(Locales, locale)
}

// Catalog holds the messages of every locale: locale → key → message.
type Catalog struct {
	messages map[string]map[string]string
}

// Load reads, for every locale in Locales, <locale>.json and any <area>.<locale>.json from
// fsys and merges them, so each part of the portal can keep its strings in its own file. Each
// file is a flat JSON object of key → message; a missing <locale>.json, a malformed file or a
// key defined twice is an error.
func Load(fsys fs.FS) (*Catalog, error) {
	c := &Catalog{messages: map[string]map[string]string{}}
	for _, locale := range Locales {
		extra, err := fs.Glob(fsys, "*."+locale+".json")
		if err != nil {
			return nil, fmt.Errorf("i18n: %w", err)
		}
		msgs := map[string]string{}
		for _, name := range append([]string{locale + ".json"}, extra...) {
			if err := mergeFile(fsys, name, msgs); err != nil {
				return nil, err
			}
		}
		c.messages[locale] = msgs
	}
	return c, nil
}

func mergeFile(fsys fs.FS, name string, into map[string]string) error {
	raw, err := fs.ReadFile(fsys, name)
	if err != nil {
		return fmt.Errorf("i18n: %w", err)
	}
	msgs := map[string]string{}
	if err := json.Unmarshal(raw, &msgs); err != nil {
		return fmt.Errorf("i18n: %s: %w", name, err)
	}
	for key, msg := range msgs {
		if _, dup := into[key]; dup {
			return fmt.Errorf("i18n: %s: key %q is defined twice", name, key)
		}
		into[key] = msg
	}
	return nil
}

// Has reports whether key exists in locale.
func (c *Catalog) Has(locale, key string) bool {
	_, ok := c.messages[locale][key]
	return ok
}

// Keys returns the keys of locale, sorted.
func (c *Catalog) Keys(locale string) []string {
	keys := make([]string, 0, len(c.messages[locale]))
	for k := range c.messages[locale] {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// T returns the message key in locale, falling back to English, then to the key itself so a
// missing translation shows up instead of a blank. args are name/value pairs that fill
// {name} placeholders: T("fr", "hello", "name", "Ana").
func (c *Catalog) T(locale, key string, args ...any) string {
	msg, ok := c.messages[locale][key]
	if !ok {
		msg, ok = c.messages[Fallback][key]
	}
	if !ok {
		return key
	}
	if len(args) < 2 {
		return msg
	}
	return fill(msg, args)
}

// fill replaces each {name} of msg with the value following name in args, in one pass (a
// value holding "{name}" stays as it is). It runs for most strings of every page, so it
// builds no strings.Replacer, whose set-up cost more than the replacing.
func fill(msg string, args []any) string {
	var b strings.Builder
	b.Grow(len(msg) + 16)
	for {
		before, name, after, ok := CutPlaceholder(msg)
		if !ok {
			break
		}
		value, found := "", false
		for i := 0; i+1 < len(args); i += 2 {
			if k, ok := args[i].(string); ok && k == name || !ok && fmt.Sprint(args[i]) == name {
				value, found = text(args[i+1]), true
				break
			}
		}
		if !found {
			value = msg[len(before) : len(msg)-len(after)]
		}
		b.WriteString(before)
		b.WriteString(value)
		msg = after
	}
	b.WriteString(msg)
	return b.String()
}

// CutPlaceholder cuts msg around its first {name} placeholder, as T fills them: the words
// before it, its name, the rest after it; ok is false when msg holds no more. Callers that
// fill a message many times cut it once with it (ui's score phrases) instead of parsing anew.
func CutPlaceholder(msg string) (before, name, after string, ok bool) {
	open := strings.IndexByte(msg, '{')
	if open < 0 {
		return msg, "", "", false
	}
	end := strings.IndexByte(msg[open:], '}')
	if end < 0 {
		return msg, "", "", false
	}
	return msg[:open], msg[open+1 : open+end], msg[open+end+1:], true
}

// text is fmt.Sprint(v) without its buffer for the strings and numbers most messages take:
// a directory page fills some five hundred placeholders.
func text(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case int:
		return strconv.Itoa(v)
	}
	return fmt.Sprint(v)
}

var placeholderPattern = regexp.MustCompile(`\{[a-z_]+\}`)

// Placeholders returns the sorted, distinct {name} placeholders of a message.
func Placeholders(msg string) []string {
	found := placeholderPattern.FindAllString(msg, -1)
	sort.Strings(found)
	return slices.Compact(found)
}
