package cli

import (
	"bufio"
	"encoding/json"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/mentorbase/mentorbase/internal/matching"
)

func newMatchScoreCmd() *cobra.Command {
	var mentees, mentors, criteria string
	cmd := &cobra.Command{
		Use:   "score --mentees FILE --mentors FILE [--criteria FILE]",
		Short: "Score every mentee against every mentor and explain each score",
		Long: `Reads JSON arrays of application profiles (fields as in the applications collection:
id, development_areas, interests, languages, area, city, meeting_modes for mentees; industry,
job_function, skills, languages, english_ok, area, city, meeting_modes, capacity for mentors)
and a programme's criteria JSON ({"weights": {...}, "must": [...]}; defaults when omitted).
Writes a JSON array of {"mentee", "mentor", "score", "forbidden", "failed_must", "explanation"}.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return exitIfBadInput(matchStderr, runScore(cmd.OutOrStdout(), mentees, mentors, criteria))
		},
	}
	cmd.Flags().StringVar(&mentees, "mentees", "", "JSON array of mentee profiles")
	cmd.Flags().StringVar(&mentors, "mentors", "", "JSON array of mentor profiles")
	cmd.Flags().StringVar(&criteria, "criteria", "", "programme criteria JSON (default weights when omitted)")
	cmd.MarkFlagRequired("mentees")
	cmd.MarkFlagRequired("mentors")
	return cmd
}

type scoredPair struct {
	Mentee string `json:"mentee"`
	Mentor string `json:"mentor"`
	matching.Result
}

func runScore(stdout io.Writer, menteesPath, mentorsPath, criteriaPath string) error {
	mentees, err := readProfiles(menteesPath)
	if err != nil {
		return err
	}
	mentors, err := readProfiles(mentorsPath)
	if err != nil {
		return err
	}
	c, err := readCriteria(criteriaPath)
	if err != nil {
		return err
	}
	return writeScores(stdout, matching.NewScorer(c, mentees, mentors), mentees, mentors)
}

func readProfiles(path string) ([]matching.Profile, error) {
	data, err := os.ReadFile(path)
	if err == nil {
		var profiles []matching.Profile
		if profiles, err = matching.ParseProfiles(data); err == nil {
			return profiles, nil
		}
	}
	return nil, badInput{path, err}
}

// writeScores writes one pair per line so large outputs stay greppable.
func writeScores(w io.Writer, s *matching.Scorer, mentees, mentors []matching.Profile) error {
	out := bufio.NewWriter(w)
	out.WriteString("[")
	for i := range mentees {
		for j := range mentors {
			line, err := json.Marshal(scoredPair{mentees[i].ID, mentors[j].ID, s.Explain(i, j)})
			if err != nil {
				return err
			}
			if i+j > 0 {
				out.WriteString(",")
			}
			out.WriteString("\n")
			out.Write(line)
		}
	}
	out.WriteString("\n]\n")
	return out.Flush()
}
