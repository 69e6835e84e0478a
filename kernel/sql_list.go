package kernel

import (
	"strconv"
	"strings"

	"github.com/pocketbase/dbx"
)

// BindList binds values in params as prefix0, prefix1, ... and returns their placeholders
// joined for an SQL IN list: the pairs list, silences, statuses and the import's addresses
// write their IN by hand (inside a template or a WHERE passed on as text), where dbx.In
// cannot go.
func BindList(params dbx.Params, prefix string, values []string) string {
	names := make([]string, len(values))
	for i, v := range values {
		name := prefix + strconv.Itoa(i)
		names[i] = "{:" + name + "}"
		params[name] = v
	}
	return strings.Join(names, ", ")
}
