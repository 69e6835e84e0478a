package ui

import (
	"html/template"
	"strconv"
	"text/template/parse"

	messages "github.com/mentorbase/mentorbase/catalog"
)

// foldTranslations replaces, in every template of a locale's set, each {{t "key"}} without
// arguments by the key's translation as a string constant, once at start-up: the page's
// words no longer cost a reflective function call each on every request (six hundred such
// calls in the templates, twenty to forty a page). html/template escapes the constant for
// its context as it escaped t's result. Only the first command of a pipeline is folded: a
// later one receives the value piped into it as an argument.
func foldTranslations(set *template.Template, locale string) {
	for _, t := range set.Templates() {
		if t.Tree != nil {
			foldNode(t.Tree.Root, locale)
		}
	}
}

func foldNode(node parse.Node, locale string) {
	switch n := node.(type) {
	case *parse.ListNode:
		if n == nil {
			return
		}
		for _, child := range n.Nodes {
			foldNode(child, locale)
		}
	case *parse.ActionNode:
		foldPipe(n.Pipe, locale)
	case *parse.TemplateNode:
		foldPipe(n.Pipe, locale)
	case *parse.IfNode:
		foldBranch(&n.BranchNode, locale)
	case *parse.RangeNode:
		foldBranch(&n.BranchNode, locale)
	case *parse.WithNode:
		foldBranch(&n.BranchNode, locale)
	}
}

func foldBranch(b *parse.BranchNode, locale string) {
	foldPipe(b.Pipe, locale)
	foldNode(b.List, locale)
	foldNode(b.ElseList, locale)
}

func foldPipe(pipe *parse.PipeNode, locale string) {
	if pipe == nil {
		return
	}
	for i, cmd := range pipe.Cmds {
		if i == 0 && len(cmd.Args) == 2 {
			fn, isIdent := cmd.Args[0].(*parse.IdentifierNode)
			key, isString := cmd.Args[1].(*parse.StringNode)
			if isIdent && isString && fn.Ident == "t" {
				text := messages.Catalog.T(locale, key.Text)
				cmd.Args = []parse.Node{&parse.StringNode{NodeType: parse.NodeString, Pos: key.Pos,
					Quoted: strconv.Quote(text), Text: text}}
				continue
			}
		}
		for _, arg := range cmd.Args {
			if inner, ok := arg.(*parse.PipeNode); ok {
				foldPipe(inner, locale)
			}
		}
	}
}
