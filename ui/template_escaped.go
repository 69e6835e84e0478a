package ui

import (
	"errors"
	"fmt"
	"html/template"
	"io"
	"strings"
	"sync"
	"text/template/parse"
)

// foldEscapedConstants escapes every page of a locale's set now rather than on its first
// request, then replaces each action that prints a constant (a folded {{t "key"}}, most of
// a page's words) through escaping functions alone by its escaped text: html/template called
// those functions reflectively on every request (a tenth of the match page's allocations). Only
// the contexts escapedProbes knows are folded, with html/template's own escaping of the probe,
// so the page's bytes stay what they were.
func foldEscapedConstants(set *template.Template, pages []string) error {
	for _, name := range pages {
		// Executing escapes the page and every template it calls; without data it then stops
		// at its first field, which is not an error of the templates.
		var escapeErr *template.Error
		if err := set.ExecuteTemplate(io.Discard, "layout/"+name, nil); errors.As(err, &escapeErr) {
			return fmt.Errorf("ui templates: %w", err)
		}
	}
	escapers, err := contextEscapers()
	if err != nil {
		return err
	}
	for _, t := range set.Templates() {
		if t.Tree != nil {
			if err := foldEscapedList(t.Tree.Root, escapers); err != nil {
				return fmt.Errorf("ui templates: %s: %w", t.Name(), err)
			}
		}
	}
	return nil
}

// foldEscapedList folds the escaped constants of list and of the lists within it.
func foldEscapedList(list *parse.ListNode, escapers map[string]escaper) error {
	if list == nil {
		return nil
	}
	for i, node := range list.Nodes {
		switch n := node.(type) {
		case *parse.IfNode:
			if err := foldEscapedBranch(&n.BranchNode, escapers); err != nil {
				return err
			}
		case *parse.RangeNode:
			if err := foldEscapedBranch(&n.BranchNode, escapers); err != nil {
				return err
			}
		case *parse.WithNode:
			if err := foldEscapedBranch(&n.BranchNode, escapers); err != nil {
				return err
			}
		case *parse.ActionNode:
			chain, text, ok := escapedConstant(n)
			escape, known := escapers[chain]
			if !ok || !known {
				continue
			}
			escaped, err := escape(text)
			if err != nil {
				return err
			}
			list.Nodes[i] = &parse.TextNode{NodeType: parse.NodeText, Pos: n.Pos, Text: []byte(escaped)}
		}
	}
	return nil
}

func foldEscapedBranch(b *parse.BranchNode, escapers map[string]escaper) error {
	if err := foldEscapedList(b.List, escapers); err != nil {
		return err
	}
	return foldEscapedList(b.ElseList, escapers)
}

// escapedProbes are the contexts whose escaping of a constant foldEscapedConstants computes
// at start-up: a probe shows a value in that context between a fixed prefix and suffix. A
// constant elsewhere (a script, a style, a URL's start) keeps its escaping call.
var escapedProbes = [][2]string{
	{"", ""},                      // text
	{`<p title="`, `">`},          // a quoted attribute
	{`<a href="/?q=`, `">`},       // a query in a quoted address
	{`<textarea>`, `</textarea>`}, // text that is not markup
	{`<p title=`, `>`},            // an unquoted attribute
	{`<a href="/`, `">`},          // a path in a quoted address
}

// escaper applies one context's chain of html/template escaping functions to a string, as
// html/template does when it executes them.
type escaper func(string) (string, error)

// contextEscapers maps each probe's chain of escaping functions (their names, joined by
// spaces, as html/template inserted them in the probe) to the probe itself; computed once for
// every locale's set and every server (the probes' templates are safe to execute at once).
var contextEscapers = sync.OnceValues(func() (map[string]escaper, error) {
	escapers := map[string]escaper{}
	for _, probe := range escapedProbes {
		prefix, suffix := probe[0], probe[1]
		t, err := template.New("probe").Parse(prefix + "{{.}}" + suffix)
		if err != nil {
			return nil, err
		}
		if err := t.Execute(io.Discard, ""); err != nil {
			return nil, err
		}
		escapers[pipeChain(t.Tree.Root)] = func(s string) (string, error) {
			var b strings.Builder
			if err := t.Execute(&b, s); err != nil {
				return "", err
			}
			out := b.String()
			if !strings.HasPrefix(out, prefix) || !strings.HasSuffix(out, suffix) {
				return "", errors.New("ui templates: probe " + prefix + " changed its own text")
			}
			return out[len(prefix) : len(out)-len(suffix)], nil
		}
	}
	return escapers, nil
})

// pipeChain is the chain of escaping functions of the one action of a probe.
func pipeChain(root *parse.ListNode) string {
	for _, node := range root.Nodes {
		if action, ok := node.(*parse.ActionNode); ok {
			names := make([]string, 0, len(action.Pipe.Cmds))
			for _, cmd := range action.Pipe.Cmds[1:] {
				names = append(names, cmd.Args[0].String())
			}
			return strings.Join(names, " ")
		}
	}
	return ""
}

// escapedConstant is node's chain of escaping functions and the string they escape, when node
// is an action printing a string constant through escaping functions alone.
func escapedConstant(node parse.Node) (chain, text string, ok bool) {
	action, isAction := node.(*parse.ActionNode)
	if !isAction || len(action.Pipe.Decl) > 0 || len(action.Pipe.Cmds) < 2 {
		return "", "", false
	}
	first := action.Pipe.Cmds[0]
	constant, isString := first.Args[0].(*parse.StringNode)
	if len(first.Args) != 1 || !isString {
		return "", "", false
	}
	names := make([]string, 0, len(action.Pipe.Cmds)-1)
	for _, cmd := range action.Pipe.Cmds[1:] {
		fn, isIdent := cmd.Args[0].(*parse.IdentifierNode)
		if len(cmd.Args) != 1 || !isIdent || !strings.HasPrefix(fn.Ident, "_html_template_") {
			return "", "", false
		}
		names = append(names, fn.Ident)
	}
	return strings.Join(names, " "), constant.Text, true
}
