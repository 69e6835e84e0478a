package pb_migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// Creates programmes and what hangs directly off them: charters and their acceptances,
// the tag vocabulary and the guidance page overrides.
func init() {
	m.Register(func(app core.App) error {
		programs := programsCollection()
		if err := app.Save(programs); err != nil {
			return err
		}
		charters := chartersCollection(programs.Id)
		if err := app.Save(charters); err != nil {
			return err
		}
		for _, c := range []*core.Collection{
			charterAcceptancesCollection(charters.Id),
			tagsCollection(programs.Id),
			pagesCollection(),
		} {
			if err := app.Save(c); err != nil {
				return err
			}
		}
		return nil
	}, func(app core.App) error {
		return deleteCollections(app, "pages", "tags", "charter_acceptances", "charters", "programs")
	})
}

func programsCollection() *core.Collection {
	c := newCollection("programs",
		&core.TextField{
			Name: "slug", Required: true, Max: 80, Pattern: `^[a-z0-9]+(-[a-z0-9]+)*$`, Presentable: true,
			Help: "Short name in the programme's address (/programs/{slug}): lower-case letters, digits and dashes.",
		},
		text("name", "Name of the programme as shown on the public site.", maxShortText, true),
		text("summary", "One or two sentences shown in the list of programmes.", 500, false),
		text("description", "Full presentation of the programme, in Markdown.", maxMarkdown, false),
		&core.SelectField{
			Name: "languages", Required: true, Values: portalLocales, MaxSelect: len(portalLocales),
			Help: "Languages the programme runs in; the first one is the default for its pages and e-mails.",
		},
		text("timezone", "IANA time zone of the programme, e.g. Europe/Paris; dates and meetings are shown in it.", 64, true),
		choice("matching_mode", "self_service: mentees search the directory and invite a mentor; coordinated: coordinators match the pairs.", true, "self_service", "coordinated"),
		date("applications_open_at", "Applications open (start of the applications phase).", false),
		date("applications_close_at", "Applications close (start of the matching phase).", false),
		date("starts_at", "Start of the mentoring period; must not be before applications close.", false),
		date("midpoint_at", "Mid-programme check-in date.", false),
		date("ends_at", "End of the programme: final evaluation and closing event.", false),
		number("roadbook_lead_days", "Days before the first meeting the mentee's road-book is due (default 3).", 0, 60),
		number("recommended_meetings", "Number of meetings a pair is advised to hold (default 3).", 0, 100),
		number("default_capacity", "Mentees a mentor takes when their application does not say (default 2).", 0, 50),
		number("invitation_ttl_days", "Days an invitation stays open before it expires (default 14).", 0, 365),
		number("max_pending_invitations", "Invitations a mentee may have pending at once (default 3).", 0, 50),
		jsonField("criteria", "Matching weights and must-haves per criterion, as defined by the matching engine."),
		jsonField("areas", `Geographic areas applicants choose from, as a JSON list of strings, e.g. ["Lille", "Paris"].`),
		boolean("requires_approval", "Applications must be approved by a coordinator before matching."),
		relations("coordinators", "People who run this programme: they see and manage its applications, pairs and events.", usersID, 50),
		&core.EmailField{Name: "contact_email", Help: "Address participants write to for help; shown on the programme's pages."},
		boolean("published", "Visible on the public site. Unpublished programmes are seen only by their coordinators."),
	)
	c.AddIndex("idx_programs_slug", true, "slug", "")
	return c
}

func chartersCollection(programsID string) *core.Collection {
	c := newCollection("charters",
		relation("program", "Programme this charter belongs to.", programsID, true, true),
		&core.NumberField{Name: "version", Required: true, OnlyInt: true, Min: ptr(1.0), Presentable: true,
			Help: "Version number; publish a new version instead of editing one people already accepted."},
		text("body_en", "Charter text in English (Markdown).", maxMarkdown, false),
		text("body_fr", "Charter text in French (Markdown).", maxMarkdown, false),
		text("body_sv", "Charter text in Swedish (Markdown).", maxMarkdown, false),
		date("published_at", "When this version takes effect; empty means draft, not shown to participants.", false),
	)
	c.AddIndex("idx_charters_program_version", true, "program, version", "")
	return c
}

func charterAcceptancesCollection(chartersID string) *core.Collection {
	c := newCollection("charter_acceptances",
		relation("user", "Person who accepted the charter.", usersID, true, true),
		relation("charter", "Charter version accepted.", chartersID, true, true),
		choice("role", "Role in which the person accepted it.", true, "mentor", "mentee"),
		date("accepted_at", "When the person accepted it.", true),
	)
	c.AddIndex("idx_charter_acceptances_user_charter", true, "user, charter", "")
	return c
}

func tagsCollection(programsID string) *core.Collection {
	c := newCollection("tags",
		choice("kind", "Vocabulary this tag belongs to.", true, "skill", "industry", "job_function", "interest"),
		&core.TextField{Name: "key", Required: true, Max: 80, Pattern: `^[a-z0-9_]+$`,
			Help: "Stable identifier (lower-case, digits, underscores); labels may change, the key does not."},
		&core.TextField{Name: "label_en", Max: maxShortText, Presentable: true, Help: "Label in English."},
		text("label_fr", "Label in French.", maxShortText, false),
		text("label_sv", "Label in Swedish.", maxShortText, false),
		relation("program", "Leave empty for a tag every programme offers; set it for a programme's own tag.", programsID, false, true),
	)
	c.AddIndex("idx_tags_kind_key_program", true, "kind, key, program", "")
	return c
}

func pagesCollection() *core.Collection {
	c := newCollection("pages",
		&core.TextField{Name: "slug", Required: true, Max: 80, Pattern: `^[a-z0-9]+(-[a-z0-9]+)*$`, Presentable: true,
			Help: "Slug of the guidance page this text replaces, e.g. how-it-works."},
		choice("locale", "Language of this text.", true, portalLocales...),
		text("title", "Title of the page.", maxShortText, true),
		text("body", "Text of the page in Markdown; it replaces the built-in guidance for this slug and language.", maxMarkdown, false),
	)
	c.AddIndex("idx_pages_slug_locale", true, "slug, locale", "")
	return c
}

func ptr[T any](v T) *T { return &v }
