package mentoring_test

import (
	"fmt"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/mentorbase/mentorbase/apptest"
	"github.com/mentorbase/mentorbase/internal/csvimport"
	"github.com/mentorbase/mentorbase/kernel"
	"github.com/mentorbase/mentorbase/mentoring"
)

// benchRows is the size of the benchmark's file.
var benchRows = 10000

// bigExport is a Google Forms export in French of n mentees, every answer filled in.
func bigExport(n int) []byte {
	var b strings.Builder
	b.WriteString("Horodateur,Adresse e-mail,Nom complet,Ville,Zone géographique,Année d'études,Langues parlées,Modalités de rencontre,Centres d'intérêt,Pourquoi voulez-vous participer ?\r\n")
	for i := range n {
		fmt.Fprintf(&b, "2025/09/01 10:00:00,mentee%d@example.org,Mentoré %d,Lille,Nord,%d,\"Français, Anglais\",\"En personne, Visioconférence\",\"Musique, Sport, plein air\",\"Pour apprendre,\nsur deux lignes.\"\r\n", i, i, i%5+1)
	}
	return []byte(b.String())
}

// BenchmarkImport10000 imports 10,000 new mentees into a programme: reading the file,
// checking every row, creating 10,000 accounts and applications and queuing 10,000 letters,
// in one transaction. Beside the time it reports the process's CPU time (cpu-s/op), which a
// machine shared with other work changes less.
func BenchmarkImport10000(b *testing.B) {
	data := bigExport(benchRows)
	var cpu time.Duration
	for b.Loop() {
		b.StopTimer()
		f := fixtureOn(b, apptest.New(b))
		seedIntake(f)
		program := f.find(kernel.CollectionPrograms, "slug", "intake")
		b.StartTimer()
		start := cpuTime(b)
		table, err := csvimport.Read(data)
		if err != nil {
			b.Fatal(err)
		}
		mapping, _ := mentoring.ImportMapping(program, table.Header)
		report, err := mentoring.Import(f.app, program, mentoring.ImportInput{Table: table, Role: kernel.RoleMentee, Mapping: mapping})
		if err != nil || report.Created != benchRows {
			b.Fatalf("%+v %v", report, err)
		}
		cpu += cpuTime(b) - start
	}
	b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
}

// cpuTime is the CPU time the process has used, user and system.
func cpuTime(b *testing.B) time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		b.Fatal(err)
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}
