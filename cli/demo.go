package cli

import (
	"github.com/pocketbase/pocketbase"
	"github.com/spf13/cobra"
)

// newDemoCmd loads the demo programmes.
func newDemoCmd(app *pocketbase.PocketBase) *cobra.Command {
	return &cobra.Command{Use: "demo", Short: "Load demo programmes, people and matches"}
}
