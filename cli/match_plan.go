package cli

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/pocketbase/pocketbase/core"
	"github.com/spf13/cobra"

	"github.com/mentorbase/mentorbase/internal/matching"
	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

// newMatchPlanCmd runs the coordinators' console from the command line: it proposes the
// assignment of a coordinated programme (stored as draft pairs, as the console does) and,
// with --publish, publishes it in the name of the programme's first coordinator.
func newMatchPlanCmd(app core.App) *cobra.Command {
	var slug string
	var publish bool
	cmd := &cobra.Command{
		Use:   "plan --program SLUG [--publish]",
		Short: "Propose (and optionally publish) a coordinated programme's pairs",
		Long: `Runs the matching engine on the programme's approved applications, keeping locked pairs and
never proposing excluded or declined ones, stores the proposal as draft pairs and prints them with
their score, then the mentees left unmatched with the reason. --publish makes the pairs active and
e-mails both members, as the console's Publish button does.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runMatchPlan(app, cmd.OutOrStdout(), slug, publish)
		},
	}
	cmd.Flags().StringVar(&slug, "program", "", "slug of the programme (required)")
	cmd.Flags().BoolVar(&publish, "publish", false, "publish the pairs and e-mail both members")
	_ = cmd.MarkFlagRequired("program")
	return cmd
}

func runMatchPlan(app core.App, out io.Writer, slug string, publish bool) error {
	program, err := app.FindFirstRecordByData(kernel.CollectionPrograms, "slug", slug)
	if err != nil {
		return fmt.Errorf("no programme with slug %q", slug)
	}
	fmt.Fprintf(out, "Matching %s (%s)…\n", program.GetString("name"), slug)
	result, err := mentoring.Plan(app, program.Id)
	if err != nil {
		return err
	}
	if err := writePlan(app, out, result); err != nil {
		return err
	}
	if !publish {
		fmt.Fprintln(out, "Draft pairs stored; run again with --publish to make them active and e-mail both members.")
		return nil
	}
	coordinators := program.GetStringSlice("coordinators")
	if len(coordinators) == 0 {
		return fmt.Errorf("programme %q has no coordinator to publish in the name of", slug)
	}
	n, err := mentoring.Publish(app, coordinators[0], program.Id)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "Published %d pairs; both members of each pair were e-mailed.\n", n)
	return nil
}

// writePlan prints the pairs and the unmatched mentees as aligned tables and a summary.
func writePlan(app core.App, out io.Writer, result *mentoring.PlanResult) error {
	name := func(application *core.Record) string {
		user, err := app.FindRecordById(kernel.CollectionUsers, application.GetString("user"))
		if err != nil {
			return application.Id
		}
		return user.GetString("name")
	}
	tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "MENTEE\tMENTOR\tSCORE\tLOCKED")
	total := 0
	for _, p := range result.Pairs {
		locked := ""
		if p.Match.GetBool("locked") {
			locked = "yes"
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\n", name(p.Mentee), name(p.Mentor), p.Result.Score, locked)
		total += p.Result.Score
	}
	if len(result.Unmatched) > 0 {
		fmt.Fprintln(tw, "\nUNMATCHED MENTEE\tREASON\t\t")
		for _, u := range result.Unmatched {
			fmt.Fprintf(tw, "%s\t%s\t\t\n", name(u.Application), u.Reason)
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if _, err := fmt.Fprintf(out, "%d pairs, %d mentees unmatched, total score %d (%s).\n",
		len(result.Pairs), len(result.Unmatched), total, planProof(result)); err != nil {
		return err
	}
	_, err := fmt.Fprintln(out, planReport(result.Report))
	return err
}

// planReport is the rest of what the proposal achieves, as the console's comparison shows it:
// the lowest score, the scores by tenths (highest first, empty tenths left out) and the blocking
// pairs.
func planReport(r matching.Report) string {
	if r.Matched == 0 {
		return fmt.Sprintf("No pair; %d blocking pairs.", r.BlockingPairs)
	}
	var tenths []string
	for _, t := range r.Tenths(mentoring.ScoreScale) {
		tenths = append(tenths, fmt.Sprintf("%d–%d: %d", t.From, t.To, t.Count))
	}
	return fmt.Sprintf("Lowest score %d; scores %s; %d blocking pairs.", r.Lowest, strings.Join(tenths, ", "), r.BlockingPairs)
}

// planProof says what the engine proved about the proposal, by objective. A stable proposal
// is not optimised for the total, so what holds for it is that no pair blocks it.
func planProof(result *mentoring.PlanResult) string {
	switch {
	case result.Objective == matching.ObjectiveStable:
		return fmt.Sprintf("stable: %d blocking pairs, no mentee and mentor would both rather be together; "+
			"not optimised for the total score", result.Report.BlockingPairs)
	case !result.Optimal:
		return "not proven optimal"
	case result.Objective == matching.ObjectiveFairest:
		return "proven fairest: most mentees matched, then the highest lowest score, then the highest total"
	default:
		return "proven optimal: most mentees matched, then the highest total"
	}
}
