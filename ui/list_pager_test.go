package ui

import (
	"fmt"
	"net/url"
	"testing"
)

// TestPagerLinksTheEndsAndThePagesAround: the numbered links are the first page, the last and
// two on each side of the current one, with a gap where pages are left out.
func TestPagerLinksTheEndsAndThePagesAround(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		page, total int
		want        string
	}{
		{1, 40, "[*1]"}, // one page, which the template does not show
		{1, 150, "[*1 2 3]"},
		{5, 500, "[1 … 3 4 *5 6 7 … 10]"},
		{1, 500, "[*1 2 3 … 10]"},
		{10, 500, "[1 … 8 9 *10]"},
		{4, 500, "[1 2 3 *4 5 6 … 10]"},
	} {
		var got []string
		for _, l := range newPager("/list", url.Values{}, c.page, c.total).Links {
			if l.GapBefore {
				got = append(got, "…")
			}
			mark := ""
			if l.Current {
				mark = "*"
			}
			got = append(got, fmt.Sprintf("%s%d", mark, l.Number))
		}
		if fmt.Sprint(got) != c.want {
			t.Errorf("page %d of %d rows: links %v, want %s", c.page, c.total, got, c.want)
		}
	}
}
