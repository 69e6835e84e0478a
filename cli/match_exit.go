package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// badInput is an input file the matching commands cannot use.
type badInput struct {
	path string
	err  error
}

func (b badInput) Error() string { return b.path + ": " + b.err.Error() }

// exitProcess and matchStderr are the process's; tests replace them to
// observe the status and the message. Commands write to os.Stderr rather
// than cobra's error writer, which the root command sets to a colouring
// writer that prints on stdout and would corrupt JSON output.
var (
	exitProcess           = os.Exit
	matchStderr io.Writer = os.Stderr
)

// exitIfBadInput prints a bad input file's one-line reason and exits with
// status 2, which main's error path (status 1) cannot give; other errors go
// back to cobra.
func exitIfBadInput(stderr io.Writer, err error) error {
	var bad badInput
	if errors.As(err, &bad) {
		fmt.Fprintln(stderr, bad.Error())
		exitProcess(2)
	}
	return err
}
