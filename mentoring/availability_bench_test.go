package mentoring_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/pocketbase/dbx"

	"github.com/mentorbase/mentorbase/apptest"
	"github.com/mentorbase/mentorbase/mentoring"
)

// BenchmarkAnswerSpeeds reads the answer speeds of a page of 50 mentors and of a directory of
// 1,000, each of whom received 5 decided invitations (5,000 matches), as the directory's one
// extra query does. The rows are written straight into the database, outside the timer.
func BenchmarkAnswerSpeeds(b *testing.B) {
	app := apptest.New(b)
	build := apptest.Build(b, app)
	program := build.Programme("speeds", "Speeds", map[string]any{"matching_mode": "self_service", "published": true})
	mentee := build.Application(program.Id, build.Person("mentee@example.org", "Mentee", "en").Id, "mentee", "approved")
	const mentors, each = 1000, 5
	users := make([]string, mentors)
	created := time.Now().UTC().AddDate(0, -1, 0)
	for i := range mentors {
		users[i] = fmt.Sprintf("benchuser%06d", i)
		appID := fmt.Sprintf("benchappl%06d", i)
		if _, err := app.DB().Insert("applications", dbx.Params{"id": appID, "user": users[i], "program": program.Id,
			"role": "mentor", "status": "approved"}).Execute(); err != nil {
			b.Fatal(err)
		}
		for j := range each {
			_, err := app.DB().Insert("matches", dbx.Params{"id": fmt.Sprintf("benchm%03d%06d", j, i), "program": program.Id,
				"mentor": appID, "mentee": mentee.Id, "status": "declined", "origin": "invitation",
				"created": created.Format("2006-01-02 15:04:05.000Z"),
				"updated": created.Add(time.Duration(j+1) * 24 * time.Hour).Format("2006-01-02 15:04:05.000Z")}).Execute()
			if err != nil {
				b.Fatal(err)
			}
		}
	}
	for _, page := range []int{50, mentors} {
		b.Run(fmt.Sprintf("%d mentors", page), func(b *testing.B) {
			for range b.N {
				speeds, err := mentoring.AnswerSpeedsOf(app, users[:page])
				if err != nil || len(speeds) != page {
					b.Fatalf("%d speeds, %v", len(speeds), err)
				}
			}
		})
	}
}
