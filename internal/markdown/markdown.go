// Package markdown renders the Markdown that coordinators and superusers write
// (guidance pages, programme descriptions, charters) to HTML for the portal.
//
// Raw HTML in the source is never passed through: goldmark replaces it with an
// "omitted" comment and drops javascript: links, because those texts are
// edited in the dashboard by people who are not developers and shown to every
// participant.
package markdown

import (
	"bytes"
	"html/template"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// converter is built once and shared: goldmark keeps per-document state in
// the parse context, not in the converter.
var converter = goldmark.New(
	goldmark.WithExtensions(extension.GFM, extension.Typographer),
	goldmark.WithParserOptions(
		parser.WithAutoHeadingID(),
		parser.WithASTTransformers(util.Prioritized(linkRel{}, 100)),
	),
)

// Render converts Markdown to HTML that is safe to put in a page as is.
func Render(src string) (template.HTML, error) {
	var buf bytes.Buffer
	ctx := parser.NewContext(parser.WithIDs(newHeadingIDs()))
	if err := converter.Convert([]byte(src), &buf, parser.WithContext(ctx)); err != nil {
		return "", err
	}
	return template.HTML(buf.String()), nil
}

// linkRel marks every link rel="noopener", so a page opened from guidance
// text cannot reach back into the portal's window.
type linkRel struct{}

// Transform implements parser.ASTTransformer.
func (linkRel) Transform(doc *ast.Document, _ text.Reader, _ parser.Context) {
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.(type) {
		case *ast.Link, *ast.AutoLink:
			n.SetAttributeString("rel", []byte("noopener"))
		}
		return ast.WalkContinue, nil
	})
}
