#!/usr/bin/env python3
"""Writes the pages that time the HTML readers (docs/HTML.md, "Reading saved pages"):

  big.html     a 5 MB article: 26,000 paragraphs with links and quotations, a nav and a footer
  nested.html  100,000 nested <div>s around one paragraph
  attr.html    one tag with a 10 MB attribute value, then an article
  attrs.html   one tag with 100,000 attributes, then an article

Usage: hostile_pages.py OUTDIR
"""
import os, sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
para = ('<p>\u201cWe will not give up,\u201d the <a href="/people/minister">minister</a> said on '
        'Tuesday, adding that the talks would resume &ldquo;as soon as possible&rdquo; in the '
        'capital. Paragraph {}.</p>\n')
article = "<article><h1>Talks resume</h1>" + "".join(para.format(i) for i in range(20)) + "</article>"
head = "<!doctype html><html><head><title>Hostile</title></head><body>"
tail = "</body></html>\n"


def write(name, body):
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        f.write(head + body + tail)


nav = "<nav>" + "".join(f'<a href="/s{i}">Section {i}</a> ' for i in range(50)) + "</nav>"
body = "".join(para.format(i) for i in range(26_000))
write("big.html", nav + "<article><h1>Talks resume</h1>" + body + "</article><footer>(c) Example</footer>")
write("nested.html", "<div>" * 100_000 + para.format(0) + "</div>" * 100_000 + article)
write("attr.html", '<div data-x="' + "a" * 10_000_000 + '"></div>' + article)
write("attrs.html", "<div " + " ".join(f"a{i}=x" for i in range(100_000)) + "></div>" + article)
