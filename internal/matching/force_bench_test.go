package matching

import (
	"fmt"
	"testing"
)

// BenchmarkForce times "why not this mentor?": forcing one pair into an optimal answer from
// its certificate, against solving again with the pair locked. The instance and its optimum
// are built once, outside the timer; each iteration forces another pair.
func BenchmarkForce(b *testing.B) {
	for _, c := range []struct{ n, m int }{{500, 250}, {2000, 1000}} {
		p, err := Generate(KindPopular, c.n, c.m, 2, 1)
		if err != nil {
			b.Fatal(err)
		}
		sol, err := Solve(p)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("popular_%dx%d/from_certificate", c.n, c.m), func(b *testing.B) {
			k := 0
			for b.Loop() {
				k++
				if _, err := sol.Force(p, k*7919%c.n, k*104729%c.m); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("popular_%dx%d/solving_again", c.n, c.m), func(b *testing.B) {
			k := 0
			for b.Loop() {
				k++
				q := *p
				q.Locked = []Pair{{k * 7919 % c.n, k * 104729 % c.m}}
				if _, err := Solve(&q); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
