// Package matching scores mentor–mentee pairs and assigns mentors to mentees.
//
// Scoring (Score, ScoreMatrix) turns two application profiles and a
// programme's Criteria into a score from 0 to 100 with an explanation made of
// keys and values, ready for translation.
//
// Assignment (Solve) maximises first the number of mentees matched and then
// the total score, respecting mentor capacities, forbidden, locked and
// excluded pairs. It is exact: it solves a sparse candidate set with
// successive shortest augmenting paths, started from the prices of an
// ε-scaling auction (auction.go), then proves the answer optimal over every
// allowed pair with the dual prices (see certify.go), growing the candidate
// set until the proof holds. It never returns an unproven answer. A sparse
// problem that falls apart into independent parts (a must-have area) is
// solved part by part on all cores (components.go); Scorer.Arcs scores only
// the pairs such a problem allows.
//
// The package has no PocketBase dependency so the portal, the commands and
// the benchmarks share it.
package matching
