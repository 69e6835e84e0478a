package mentoring

import (
	"regexp"
	"slices"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/list"

	"github.com/mentorbase/mentorbase/internal/csvimport"
	"github.com/mentorbase/mentorbase/internal/i18n"
	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/outbox"

	messages "github.com/mentorbase/mentorbase/catalog"
	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/ozzo-validation/v4/is"
)

// phonePattern is what users.phone accepts; another phone is left out, not the row.
var phonePattern = regexp.MustCompile(`^\+?[0-9 ().-]*$`)

// importRow is one row read: the person, the answers to store and what is wrong.
type importRow struct {
	number                     int
	email, name, phone, locale string
	answers                    map[string]any
	problems                   []ImportProblem
	user                       *core.Record // their account: a known person's, or the one the import made
	existing                   *core.Record // their application in this role, if any
}

func (r *importRow) invalid() bool {
	return slices.ContainsFunc(r.problems, func(p ImportProblem) bool { return !p.Warning })
}

// rowReader holds what reading the rows looks up: the programme's vocabularies, the known
// accounts and applications, the length limits of the schema.
type rowReader struct {
	in        ImportInput
	program   *core.Record
	lang      string
	fields    map[string]bool // the fields of the role
	tags      map[string]map[string]string
	languages map[string]string
	modes     map[string]string
	areas     map[string]string
	maxLen    map[string]int // the schema's limits, checked here since rows are saved unvalidated
	maxSelect map[string]int
	users     map[string]*core.Record // lower-case e-mail → the account of a person of the file
	apps      map[string]*core.Record // user id → their application to the programme
	normal    map[string]string       // normalize's answers
}

// roleFields are the application fields of each role's form; both roles share the rest.
var roleFields = map[string][]string{
	kernel.RoleMentor: {"organisation", "industry", "job_function", "education", "english_ok", "skills", "capacity",
		"availability", "bio", "listed_in_directory", "interests"},
	kernel.RoleMentee: {"study_programme", "study_year", "interests", "development_areas", "industries", "job_functions",
		"motivation", "expectations", "contribution"},
}

// importTagKinds says which tag vocabulary each tag field reads its labels from.
var importTagKinds = map[string]string{
	"industry": kernel.TagIndustry, "job_function": kernel.TagJobFunction, "skills": kernel.TagSkill,
	"development_areas": kernel.TagSkill, "interests": kernel.TagInterest,
	"industries": kernel.TagIndustry, "job_functions": kernel.TagJobFunction,
}

func newRowReader(app core.App, program *core.Record, in ImportInput, lang string) (*rowReader, error) {
	r := &rowReader{in: in, program: program, lang: lang, fields: map[string]bool{},
		tags: map[string]map[string]string{}, areas: map[string]string{}, maxLen: map[string]int{}, maxSelect: map[string]int{},
		users: map[string]*core.Record{}, apps: map[string]*core.Record{}, normal: map[string]string{}}
	for _, f := range append([]string{"city", "area", "languages", "meeting_modes", "other_wishes"}, roleFields[in.Role]...) {
		r.fields[f] = true
	}
	collection, err := app.FindCachedCollectionByNameOrId(kernel.CollectionApplications)
	if err != nil {
		return nil, err
	}
	for _, f := range collection.Fields {
		switch f := f.(type) {
		case *core.TextField:
			r.maxLen[f.Name] = f.Max
		case *core.RelationField:
			r.maxSelect[f.Name] = f.MaxSelect
		case *core.SelectField:
			r.maxSelect[f.Name] = f.MaxSelect
			if f.Name == "languages" {
				r.languages = csvimport.LanguageNames(f.Values)
			}
		}
	}
	labels := map[string][]string{}
	for _, mode := range kernel.MeetingModes {
		for _, l := range i18n.Locales {
			labels[mode] = append(labels[mode], messages.Catalog.T(l, "meeting.mode."+mode))
		}
	}
	r.modes = csvimport.MeetingModeNames(labels)
	for _, a := range ProgramAreas(program) {
		r.areas[csvimport.Normalize(a.Key)] = a.Key
		for _, label := range a.Labels {
			r.areas[csvimport.Normalize(label)] = a.Key
		}
	}
	if err := r.loadTags(app); err != nil {
		return nil, err
	}
	return r, r.loadPeople(app)
}

// loadTags indexes the tags the programme offers by kind and by every label, normalised.
func (r *rowReader) loadTags(app core.App) error {
	tags, err := app.FindRecordsByFilter(kernel.CollectionTags, "program = '' || program = {:p}", "", 0, 0, dbx.Params{"p": r.program.Id})
	if err != nil {
		return err
	}
	for _, t := range tags {
		kind := t.GetString("kind")
		if r.tags[kind] == nil {
			r.tags[kind] = map[string]string{}
		}
		for _, f := range []string{"key", "label_en", "label_fr", "label_sv"} {
			if n := csvimport.Normalize(t.GetString(f)); n != "" {
				r.tags[kind][n] = t.Id
			}
		}
	}
	return nil
}

// peopleChunk is how many addresses of the file one query looks up.
const peopleChunk = 1000

// loadPeople reads the accounts of the file's addresses and their applications to the
// programme, a query of each for a thousand rows: not two per row, nor every account.
func (r *rowReader) loadPeople(app core.App) error {
	column := slices.Index(r.in.Mapping, "email")
	var emails []string
	for _, row := range r.in.Table.Rows {
		if email := strings.ToLower(row.Cells[column]); email != "" {
			emails = append(emails, email)
		}
	}
	slices.Sort(emails)
	for chunk := range slices.Chunk(slices.Compact(emails), peopleChunk) {
		params := dbx.Params{}
		// lower(): an address is stored as its owner typed it, and the file may write it otherwise.
		users, err := app.FindAllRecords(kernel.CollectionUsers, dbx.NewExp("lower(email) IN ("+kernel.BindList(params, "e", chunk)+")", params))
		if err != nil {
			return err
		}
		ids := make([]any, len(users))
		for i, u := range users {
			r.users[strings.ToLower(u.Email())], ids[i] = u, u.Id
		}
		if len(ids) == 0 {
			continue
		}
		apps, err := app.FindAllRecords(kernel.CollectionApplications, dbx.HashExp{"program": r.program.Id}, dbx.In("user", ids...))
		if err != nil {
			return err
		}
		for _, a := range apps {
			r.apps[a.GetString("user")] = a
		}
	}
	return nil
}

// readAll reads every row, then marks a second row of one address as a duplicate.
func (r *rowReader) readAll() []*importRow {
	rows := make([]*importRow, 0, len(r.in.Table.Rows))
	first := map[string]int{}
	emailColumn := r.columnOf("email")
	for _, tr := range r.in.Table.Rows {
		row := r.read(tr)
		if n, seen := first[row.email]; seen && row.email != "" {
			row.problem(emailColumn, CodeImportDuplicate, false, "row", n)
		} else {
			first[row.email] = row.number
		}
		rows = append(rows, row)
	}
	return rows
}

func (row *importRow) problem(column, code string, warning bool, args ...any) {
	row.problems = append(row.problems, ImportProblem{Row: row.number, Column: column, Code: code, Args: args, Warning: warning})
}

// read turns one row into a person and answers.
func (r *rowReader) read(tr csvimport.Row) *importRow {
	row := &importRow{number: tr.Number, answers: map[string]any{}, locale: r.lang}
	var first, last string
	for i, field := range r.in.Mapping {
		cell, column := tr.Cells[i], r.in.Table.Header[i]
		if option := csvimport.Option(column); option != "" && cell != "" {
			if on, ok := csvimport.Bool(cell); ok && on {
				cell = option // a LimeSurvey column of one option: "Y" means this option is chosen
			} else if ok {
				cell = ""
			}
		}
		switch field {
		case "", csvimport.Ignore:
		case "email":
			row.email = strings.ToLower(cell)
		case "name":
			row.name = cell
		case "first_name":
			first = cell
		case "last_name":
			last = cell
		case "phone":
			if phonePattern.MatchString(cell) {
				row.phone = cell
			} else {
				row.problem(column, CodeImportPhone, true, "value", cell)
			}
		case "locale":
			if code := r.languages[csvimport.Normalize(cell)]; i18n.Supported(code) {
				row.locale = code
			}
		default:
			if r.fields[field] {
				r.answer(row, field, column, cell)
			}
		}
	}
	if row.name == "" {
		row.name = strings.TrimSpace(first + " " + last)
	}
	r.checkPerson(row)
	return row
}

// checkPerson checks the address and the name, and finds the person's account and
// application.
func (r *rowReader) checkPerson(row *importRow) {
	emailColumn := r.columnOf("email")
	switch {
	case row.email == "":
		row.problem(emailColumn, CodeImportEmailMissing, false)
	case validation.Validate(row.email, is.EmailFormat) != nil:
		row.problem(emailColumn, CodeImportEmailInvalid, false, "value", row.email)
	}
	if row.name == "" {
		row.problem(r.columnOf("name", "first_name", "last_name"), CodeImportNameMissing, false)
	}
	if !i18n.Supported(row.locale) {
		row.locale = outbox.RecipientLocale(nil, list.ToUniqueStringSlice(r.program.Get("languages")))
	}
	row.user = r.users[row.email]
	if row.user == nil {
		return
	}
	if existing := r.apps[row.user.Id]; existing != nil {
		if existing.GetString("role") != r.in.Role {
			row.problem(emailColumn, CodeImportOtherRole, false)
		}
		row.existing = existing
	}
}

// columnOf is the header of the first column mapped to one of fields.
func (r *rowReader) columnOf(fields ...string) string {
	for _, f := range fields {
		if i := slices.Index(r.in.Mapping, f); i >= 0 {
			return r.in.Table.Header[i]
		}
	}
	return ""
}
