package ui

import (
	"fmt"
	"net/http"
	"time"

	"github.com/pocketbase/pocketbase/core"

	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
	"github.com/mentorbase/mentorbase/workspace"
)

// reportShow is a programme's report for its board or funder: figures, charts drawn on the
// server, every evaluation aggregated, and the earlier runs side by side.
func (s *server) reportShow(e *core.RequestEvent) error {
	program, ok := managedProgram(e)
	if !ok {
		return s.renderNotFound(e)
	}
	report, err := s.programReport(e.App, program)
	if err != nil {
		return err
	}
	viewer := ""
	if !e.HasSuperuserAuth() {
		viewer = e.Auth.Id
	}
	earlier, err := workspace.EarlierRuns(e.App, program, viewer)
	if err != nil {
		return err
	}
	runs, records := []workspace.Report{report}, append([]*core.Record{program}, earlier...)
	for _, run := range earlier {
		r, err := s.programReport(e.App, run)
		if err != nil {
			return err
		}
		runs = append(runs, r)
	}
	p := newPage(e, "report.title")
	p.Data = newProgramReportView(e, newProgramCard(program, requestLocale(e), time.Now()), runs, records)
	return s.render(e, http.StatusOK, "report_show", p)
}

// reportCollections are what a programme's report reads (workspace.ProgramReport).
var reportCollections = []string{kernel.CollectionPrograms, kernel.CollectionApplications, kernel.CollectionMatches,
	kernel.CollectionMeetings, kernel.CollectionCheckins, kernel.CollectionEvaluations, kernel.CollectionMessages,
	kernel.CollectionUsers}

// programReport is the programme's report, kept until what it reads changes or a minute
// passes (memo.go): its aggregates over every pair and meeting cost about 50 ms at 5,000
// pairs, and a coordinator's board meeting reloads it often.
func (s *server) programReport(app core.App, program *core.Record) (workspace.Report, error) {
	return s.reports.get(program.Id, func() (workspace.Report, error) { return workspace.ProgramReport(app, program) })
}

// exportKinds are the CSV files a coordinator downloads, in the order the report links them.
var exportKinds = []string{"applications", "pairs", "meetings", "evaluations", "events"}

// programReportView is the report page: the current run's figures and charts, and the comparison.
type programReportView struct {
	Program         programCard
	Report          workspace.Report
	Figures         []reportFigure
	Funnel, Meeting barChart
	Forms           []reportForm
	Runs            []runHeading // the runs compared, this one first
	Compared        []compareRow
	Exports         []string
}

// runHeading names a run compared, in the reader's language (Lang, marked when not the page's).
type runHeading struct{ Name, Lang string }

// reportFigure is one key figure, its value already formatted in the reader's language.
type reportFigure struct{ Label, Value string }

// compareRow is one figure across the runs compared.
type compareRow struct {
	Label  string
	Values []string
}

// reportForm is one evaluation form's aggregated answers.
type reportForm struct {
	Kind, Title string
	Submitted   int
	Questions   []reportQuestion
}

// reportQuestion is one question's answers: a chart of the counts, or the texts given.
type reportQuestion struct {
	Label, Average string
	Chart          *barChart
	Texts          []string
}

// newProgramReportView formats the runs' reports (of the programmes records, in the same
// order) for the page in the request's language.
func newProgramReportView(e *core.RequestEvent, program programCard, runs []workspace.Report, records []*core.Record) programReportView {
	r := runs[0]
	f := r.Funnel
	steps := []string{"report.funnel.applied", "report.funnel.approved", "report.funnel.matched", "report.funnel.agreement",
		"report.funnel.first_meeting", "report.funnel.check_in", "report.funnel.ended_normally"}
	labels := make([]string, len(steps))
	for i, step := range steps {
		labels[i] = translate(e, step)
	}
	v := programReportView{Program: program, Report: r, Exports: exportKinds,
		Funnel: newBarChart("chart-funnel", translate(e, "report.funnel"), labels,
			[]int{f.Applied, f.Approved, f.Matched, f.Agreement, f.FirstMeeting, f.CheckIn, f.EndedNormally}, f.Applied),
		Meeting: meetingsChart(e, r),
		Figures: reportFigures(e, r),
	}
	v.Funnel.Headed = true
	for _, form := range r.Forms {
		v.Forms = append(v.Forms, newFormView(e, form))
	}
	for i, run := range runs {
		var h runHeading
		h.Name, h.Lang = mentoring.ProgramText(records[i], "name", requestLocale(e))
		if !run.StartsAt.IsZero() {
			h.Name += " (" + run.StartsAt.Format("2006") + ")"
		}
		v.Runs = append(v.Runs, h)
	}
	v.Compared = compareRuns(e, runs)
	return v
}

// meetingsChart shows how many pairs held 0, 1, 2 … meetings, up to the most any pair held
// or the recommendation, whichever is more.
func meetingsChart(e *core.RequestEvent, r workspace.Report) barChart {
	top := r.Recommended
	for held := range r.MeetingsHeld {
		top = max(top, held)
	}
	labels, values := []string{}, []int{}
	for held := 0; held <= top; held++ {
		labels = append(labels, fmt.Sprint(held))
		values = append(values, r.MeetingsHeld[held])
	}
	c := newBarChart("chart-meetings", translate(e, "report.meetings_chart"), labels, values, 0)
	c.Headed = true
	return c
}

// newFormView charts the scale and yes/no questions of a form and lists its text answers.
func newFormView(e *core.RequestEvent, form workspace.FormSummary) reportForm {
	v := reportForm{Kind: form.Kind, Title: translate(e, "evaluation."+form.Kind+".title"), Submitted: form.Submitted}
	for _, q := range form.Questions {
		qv := reportQuestion{Label: translate(e, q.LabelKey(form.Kind)), Texts: q.Texts}
		if q.Counts != nil {
			labels, values := []string{}, []int{}
			for _, c := range q.Counts {
				label := c.Value
				if q.Type == workspace.QuestionYesNo {
					label = translate(e, "report.answer."+c.Value)
				}
				labels, values = append(labels, label), append(values, c.Count)
			}
			chart := newBarChart("chart-"+form.Kind+"-"+q.Key, qv.Label, labels, values, q.Answered())
			qv.Chart = &chart
			if q.Type == workspace.QuestionScale && q.Answered() > 0 {
				qv.Average = decimal(e, q.Average)
			}
		}
		v.Questions = append(v.Questions, qv)
	}
	return v
}
