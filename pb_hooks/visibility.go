package pb_hooks

import "github.com/pocketbase/pocketbase/core"

// bindVisibility hides fields that API rules cannot hide per viewer.
func bindVisibility(app core.App) {}
