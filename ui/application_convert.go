package ui

import (
	validation "github.com/pocketbase/ozzo-validation/v4"

	"github.com/mentorbase/mentorbase/mentoring"
)

// form turns what was typed into the domain's ApplicationForm. Numbers that are not whole
// numbers are refused here, beside their field, since the form carries them as ints.
func (in applicationInput) form() (mentoring.ApplicationForm, error) {
	errs := validation.Errors{}
	number := func(name string) int {
		n, ok := in.number(name)
		if !ok {
			errs[name] = validation.NewError("validation_invalid_format", "not a whole number")
		}
		return n
	}
	s, m := in.Single, in.Multi
	f := mentoring.ApplicationForm{
		Organisation: s["organisation"], Industry: s["industry"], JobFunction: s["job_function"],
		Education: s["education"], EnglishOK: s["english_ok"] == "on", Skills: m["skills"],
		Capacity: number("capacity"), Availability: s["availability"], Bio: s["bio"],
		ListedInDirectory: s["listed_in_directory"] == "on",
		StudyProgramme:    s["study_programme"], StudyYear: number("study_year"),
		Interests: m["interests"], DevelopmentAreas: m["development_areas"],
		Industries: m["industries"], JobFunctions: m["job_functions"],
		Motivation: s["motivation"], Expectations: s["expectations"], Contribution: s["contribution"],
		City: s["city"], Area: s["area"], Languages: m["languages"], MeetingModes: m["meeting_modes"],
		OtherWishes: s["other_wishes"], Consent: s["consent"] == "on", Phone: s["phone"],
	}
	if len(errs) > 0 {
		return f, errs
	}
	return f, nil
}
