package mentoring

import (
	"slices"
	"time"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"

	"github.com/mentorbase/mentorbase/kernel"
)

// PauseMentor pauses userID's mentor application until a day (its start on the programme's
// clock), or resumes it when until is zero. Invitations already received stay to be
// answered; new ones are refused until then (kernel.CheckInvitationPause).
func PauseMentor(app core.App, userID, applicationID string, until time.Time) error {
	return app.RunInTransaction(func(tx core.App) error {
		application, err := findOwn(tx, kernel.CollectionApplications, applicationID)
		if err != nil {
			return err
		}
		if application.GetString("user") != userID {
			return kernel.Refuse("mentoring.error.not_found")
		}
		if problem := kernel.PauseProblem(application, until, time.Now()); problem != nil {
			return problem
		}
		if until.IsZero() {
			application.Set("paused_until", "")
		} else {
			application.Set("paused_until", until.UTC())
		}
		return tx.Save(application)
	})
}

// AnswerSpeed is how quickly a mentor answered their past invitations, coarse on purpose: a
// mentee choosing whom to invite needs "within 3 days", not a statistic.
type AnswerSpeed struct {
	// Days is the median time to an answer, rounded up to whole days (at least 1), when Known.
	Days  int
	Known bool
	// Rarely: more than half of the invitations expired unanswered.
	Rarely bool
}

// minAnswers is how many decided invitations (answered or expired) it takes to say anything:
// one slow week is no habit.
const minAnswers = 2

// AnswerSpeedsOf reads, in one query, the answers of every invitation each mentor of
// mentorUserIDs (users) received in any programme: accepted ones (dated by the pair's start),
// declined ones (by their last change) and expired ones (never answered). Pending and
// withdrawn invitations say nothing. A mentor without any decided invitation is absent.
func AnswerSpeedsOf(app core.App, mentorUserIDs []string) (map[string]AnswerSpeed, error) {
	speeds := map[string]AnswerSpeed{}
	if len(mentorUserIDs) == 0 {
		return speeds, nil
	}
	ids := make([]any, len(mentorUserIDs))
	for i, id := range mentorUserIDs {
		ids[i] = id
	}
	var rows []struct {
		User    string `db:"user"`
		Status  string `db:"status"`
		Created string `db:"created"`
		Started string `db:"started_at"`
		Updated string `db:"updated"`
	}
	err := app.DB().Select("a.user", "m.status", "m.created", "m.started_at", "m.updated").
		From(kernel.CollectionMatches+" m").
		InnerJoin(kernel.CollectionApplications+" a", dbx.NewExp("a.id = m.mentor")).
		Where(dbx.In("a.user", ids...)).AndWhere(dbx.HashExp{"m.origin": kernel.OriginInvitation}).
		AndWhere(dbx.In("m.status", kernel.MatchActive, kernel.MatchClosed, kernel.MatchDeclined, kernel.MatchExpired)).
		All(&rows)
	if err != nil {
		return nil, err
	}
	waits := map[string][]time.Duration{}
	expired := map[string]int{}
	for _, r := range rows {
		answered := r.Updated
		switch r.Status {
		case kernel.MatchExpired:
			expired[r.User]++
			continue
		case kernel.MatchActive, kernel.MatchClosed:
			answered = r.Started
		}
		from, errFrom := types.ParseDateTime(r.Created)
		to, errTo := types.ParseDateTime(answered)
		if errFrom != nil || errTo != nil || to.IsZero() {
			continue
		}
		waits[r.User] = append(waits[r.User], to.Time().Sub(from.Time()))
	}
	for _, id := range mentorUserIDs {
		if speed := answerSpeed(waits[id], expired[id]); speed.Known {
			speeds[id] = speed
		}
	}
	return speeds, nil
}

// answerSpeed is the median of the waits, an expired invitation counting as the longest wait
// of all, in whole days rounded up.
func answerSpeed(waits []time.Duration, expired int) AnswerSpeed {
	n := len(waits) + expired
	if n < minAnswers {
		return AnswerSpeed{}
	}
	if expired*2 > n {
		return AnswerSpeed{Known: true, Rarely: true}
	}
	sorted := slices.Clone(waits)
	slices.Sort(sorted)
	median := sorted[(n-1)/2]
	days := int((median + 24*time.Hour - 1) / (24 * time.Hour))
	return AnswerSpeed{Known: true, Days: max(days, 1)}
}
