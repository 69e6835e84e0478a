package mentoring

import (
	"testing"
	"time"
)

func TestAnswerSpeedIsTheMedianInWholeDays(t *testing.T) {
	h := time.Hour
	cases := []struct {
		name    string
		waits   []time.Duration
		expired int
		want    AnswerSpeed
	}{
		{"nothing to say", nil, 0, AnswerSpeed{}},
		{"one answer is no habit", []time.Duration{2 * h}, 0, AnswerSpeed{}},
		{"answers within hours are within a day", []time.Duration{2 * h, 5 * h}, 0, AnswerSpeed{Known: true, Days: 1}},
		{"a day and an hour rounds up to two", []time.Duration{25 * h, 25 * h, 200 * h}, 0, AnswerSpeed{Known: true, Days: 2}},
		{"an expired invitation is the slowest answer", []time.Duration{10 * h, 80 * h}, 1, AnswerSpeed{Known: true, Days: 4}},
		{"half expired still has a median", []time.Duration{30 * h, 10 * h}, 2, AnswerSpeed{Known: true, Days: 2}},
		{"mostly expired is said as such", []time.Duration{10 * h}, 2, AnswerSpeed{Known: true, Rarely: true}},
	}
	for _, c := range cases {
		if got := answerSpeed(c.waits, c.expired); got != c.want {
			t.Errorf("%s: answerSpeed(%v, %d) = %+v, want %+v", c.name, c.waits, c.expired, got, c.want)
		}
	}
}
