package ui

import (
	"net/url"
	"strconv"
)

// listPageSize is how many rows a coordinator's list shows at once: a screenful to scan,
// and a page that renders in milliseconds whatever the programme's size.
const listPageSize = 50

// pager is the position of a list's page among all the rows its filters match, with the
// addresses of the pages before and after, which keep the filters (plain links: no script).
type pager struct {
	Page, Pages, Total, From, To int
	Prev, Next                   string
	Links                        []pageLink // the first, the last and those around the current page
}

// pageLink is one numbered link of a pager; a Gap stands for the pages left out before it.
type pageLink struct {
	Number             int
	URL                string
	Current, GapBefore bool
}

// pagerReach is how many pages on each side of the current one get a link of their own.
const pagerReach = 2

// pageNumber reads the page asked for in query ("page"), 1 when absent or not a number.
func pageNumber(query url.Values) int {
	n, err := strconv.Atoi(query.Get("page"))
	if err != nil || n < 1 {
		return 1
	}
	return n
}

// newPager places page among total rows of listPageSize, linking path with query (its
// filters) and the pages around. A page past the last is reported as it is, empty.
func newPager(path string, query url.Values, page, total int) pager {
	return sizedPager(path, query, page, total, listPageSize)
}

// sizedPager is newPager for pages of size rows.
func sizedPager(path string, query url.Values, page, total, size int) pager {
	p := pager{Page: page, Total: total, Pages: (total + size - 1) / size}
	if total > 0 && page <= p.Pages {
		p.From = (page-1)*size + 1
		p.To = min(page*size, total)
	}
	link := func(n int) string {
		q := url.Values{}
		for k, v := range query {
			q[k] = v
		}
		q.Del("page")
		if n > 1 {
			q.Set("page", strconv.Itoa(n))
		}
		if len(q) == 0 {
			return path
		}
		return path + "?" + q.Encode()
	}
	if page > 1 {
		p.Prev = link(min(page-1, max(p.Pages, 1)))
	}
	if page < p.Pages {
		p.Next = link(page + 1)
	}
	last := 0
	for n := 1; n <= p.Pages; n++ {
		if n == 1 || n == p.Pages || (n >= page-pagerReach && n <= page+pagerReach) {
			p.Links = append(p.Links, pageLink{Number: n, URL: link(n), Current: n == page, GapBefore: n > last+1})
			last = n
		}
	}
	return p
}
