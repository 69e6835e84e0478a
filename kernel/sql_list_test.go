package kernel

import (
	"testing"

	"github.com/pocketbase/dbx"
)

func TestBindList(t *testing.T) {
	params := dbx.Params{"other": 1}
	got := BindList(params, "m", []string{"a", "b", "c"})
	if want := "{:m0}, {:m1}, {:m2}"; got != want {
		t.Fatalf("BindList = %q, want %q", got, want)
	}
	if params["m0"] != "a" || params["m2"] != "c" || params["other"] != 1 || len(params) != 4 {
		t.Fatalf("params = %v", params)
	}
}
