package workspace

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/outbox"
)

// KindCohortMail is the outbox kind of a coordinator's mail to a segment.
const KindCohortMail = "cohort_mail"

// CohortText is a cohort mail's subject and text in one language, placeholders included.
type CohortText struct {
	Subject string `json:"subject"`
	Body    string `json:"body"`
}

// CohortDraft is a cohort mail as the coordinator wrote it: one text per programme language,
// the segment, and the form's one-time token.
type CohortDraft struct {
	Token   string
	Segment Segment
	Texts   map[string]CohortText
}

// Validate refuses a draft without a token, or missing a subject or text in one of the
// programme's languages, naming the field ("subject_fr", "body_sv").
func (d CohortDraft) Validate(program *core.Record) error {
	for _, lang := range program.GetStringSlice("languages") {
		t := d.Texts[lang]
		if strings.TrimSpace(t.Subject) == "" {
			return kernel.RefuseField("subject_"+lang, "cohortmail.error.subject")
		}
		if strings.TrimSpace(t.Body) == "" {
			return kernel.RefuseField("body_"+lang, "cohortmail.error.body")
		}
	}
	if d.Token == "" {
		return kernel.Refuse("cohortmail.error.token")
	}
	return nil
}

// SendCohortMail records the mail, in one transaction whose cohort_mails record hook queues
// its letters (MailCohort). The form's token is stored with a unique index: the same form
// posted twice (a double click) finds its token and sends nothing more; again says so, and
// sent is how many letters this call queued.
func SendCohortMail(app core.App, program *core.Record, senderID string, d CohortDraft, now time.Time) (sent int, again bool, err error) {
	if err := d.Validate(program); err != nil {
		return 0, false, err
	}
	err = app.RunInTransaction(func(tx core.App) error {
		sent, again = 0, false
		if _, err := tx.FindFirstRecordByData(kernel.CollectionCohortMails, "token", d.Token); err == nil {
			again = true
			return nil
		}
		recipients, err := CohortRecipients(tx, program, d.Segment, now)
		if err != nil {
			return err
		}
		if len(recipients) == 0 {
			return kernel.RefuseField("segment", "cohortmail.error.nobody")
		}
		sent = len(recipients)
		_, err = saveCohortMail(tx, program, senderID, d, sent)
		return err
	})
	if kernel.NotUnique(err, "token") {
		// Two posts at once both found no token; the unique index refused the later one,
		// whose transaction queued nothing: it was the same mail.
		return 0, true, nil
	}
	return sent, again, err
}

// MailCohort queues the letters of a new cohort mail, one per recipient of its segment in
// their language; the cohort_mails create hook calls it in the save's transaction, so a mail
// recorded by any client is sent, and once.
func MailCohort(app core.App, record *core.Record) error {
	program, err := app.FindRecordById(kernel.CollectionPrograms, record.GetString("program"))
	if err != nil {
		return err
	}
	texts := map[string]CohortText{}
	if err := record.UnmarshalJSONField("texts", &texts); err != nil {
		return err
	}
	segment := Segment{Kind: record.GetString("segment")}
	switch segment.Kind {
	case kernel.SegmentNoMeeting:
		segment.Days, _ = strconv.Atoi(record.GetString("segment_detail"))
	case kernel.SegmentAttendees:
		segment.EventID = record.GetString("segment_detail")
	}
	now := time.Now()
	recipients, err := CohortRecipients(app, program, segment, now)
	if err != nil {
		return err
	}
	next := NextProgramEvent(app, program, now)
	for _, r := range recipients {
		locale := cohortLocale(r.User, program)
		letter := CohortLetter(app, program, r, texts[locale], locale, next)
		letter.Related = record
		if _, err := outbox.QueueLetter(app, r.User, locale, letter); err != nil {
			return err
		}
	}
	return nil
}

func saveCohortMail(tx core.App, program *core.Record, senderID string, d CohortDraft, count int) (*core.Record, error) {
	collection, err := tx.FindCachedCollectionByNameOrId(kernel.CollectionCohortMails)
	if err != nil {
		return nil, err
	}
	record := core.NewRecord(collection)
	record.Set("program", program.Id)
	record.Set("token", d.Token)
	record.Set("segment", d.Segment.Kind)
	switch d.Segment.Kind {
	case kernel.SegmentNoMeeting:
		record.Set("segment_detail", d.Segment.Days)
	case kernel.SegmentAttendees:
		record.Set("segment_detail", d.Segment.EventID)
	}
	record.Set("texts", d.Texts)
	record.Set("recipients", count)
	record.Set("sent_by", senderID)
	return record, tx.Save(record)
}

// cohortLocale is the programme language to write to person in: theirs when the programme
// has it, else the programme's first.
func cohortLocale(person *core.Record, program *core.Record) string {
	languages := program.GetStringSlice("languages")
	locale := outbox.RecipientLocale(person, languages)
	for _, lang := range languages {
		if lang == locale {
			return locale
		}
	}
	return kernel.ProgramLanguage(program)
}

// ErrNoSuchRecipient is PreviewCohortMail's answer for a person the segment does not reach.
var ErrNoSuchRecipient = errors.New("not a recipient of the segment")

// PreviewCohortMail is the e-mail the draft becomes for the segment's recipient userID (the
// first recipient when userID is empty), as it would be queued, and the recipients.
func PreviewCohortMail(app core.App, program *core.Record, d CohortDraft, userID string, now time.Time) (outbox.Mail, []Recipient, error) {
	recipients, err := CohortRecipients(app, program, d.Segment, now)
	if err != nil || len(recipients) == 0 {
		return outbox.Mail{}, recipients, err
	}
	r := recipients[0]
	if userID != "" {
		r.User = nil
		for _, candidate := range recipients {
			if candidate.User.Id == userID {
				r = candidate
			}
		}
		if r.User == nil {
			return outbox.Mail{}, recipients, ErrNoSuchRecipient
		}
	}
	locale := cohortLocale(r.User, program)
	letter := CohortLetter(app, program, r, d.Texts[locale], locale, NextProgramEvent(app, program, now))
	m, err := outbox.Render(app, r.User, locale, letter)
	return m, recipients, err
}
