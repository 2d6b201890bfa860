//! Reading saved web pages: the article's text and the page's metadata.
//!
//! Editors save articles from their browser. [`read_page`] turns such a page into the plain text
//! the extractor reads, and collects the outlet, title, URL and date the page declares about
//! itself. Quotation offsets found in a page refer to [`Page::text`], never to the HTML.
//!
//! ```
//! use verbatim::read::html::read_page;
//!
//! let page = read_page(r#"<!doctype html><html><head>
//!   <title>Talks resume | The Example Herald</title>
//!   <meta property="og:site_name" content="The Example Herald">
//!   <link rel="canonical" href="https://example.com/talks">
//! </head><body>
//!   <nav><a href="/">Home</a> &middot; <a href="/world">World</a></nav>
//!   <article>
//!     <h1>Talks resume</h1>
//!     <p>&ldquo;We&#8217;re   ready,&rdquo; the minister said.</p>
//!     <div class="share-buttons"><button>Share</button></div>
//!   </article>
//!   <script>track("view");</script>
//! </body></html>"#);
//! assert_eq!(page.text, "“We’re ready,” the minister said.");
//! assert_eq!(page.headline.as_deref(), Some("Talks resume"));
//! assert_eq!(page.outlet.as_deref(), Some("The Example Herald"));
//! assert_eq!(page.title.as_deref(), Some("Talks resume | The Example Herald"));
//! assert_eq!(page.url.as_deref(), Some("https://example.com/talks"));
//! assert_eq!(page.date, None);
//! ```
//!
//! # The text
//!
//! - One paragraph per line, lines joined by a single `\n`, no blank lines, nothing before the
//!   first paragraph or after the last. This is the layout [`crate::extract::text::paragraphs`] reads as
//!   "one paragraph per line", so a line number in a report is a paragraph number.
//! - Every block element (`p`, `div`, headings, `li`, `blockquote`, table cells, ...) starts and
//!   ends a paragraph; headings and list items are paragraphs of their own. No bullet or number
//!   is added to list items: the text holds only what the page shows.
//! - [`Page::blocks`] says what each line is: a paragraph, a heading (`h2`-`h6`), a quote (a
//!   `blockquote`, or a pull quote: an element classed `pull-quote`, `pullquote` or `pullout`,
//!   `aside`s included), a list item, a table cell or preformatted text. The headline (`h1`) and
//!   the captions (`figcaption`, a table's `caption`) are set apart from the text, in
//!   [`Page::headline`] and [`Page::captions`], so that they never break a quotation's run of
//!   paragraphs.
//! - `<br>` ends the line, so it also starts a new paragraph (old pages separate paragraphs
//!   with `<br><br>`); in `<pre>` each source line is a line.
//! - Entities are decoded (by the HTML parser). Inside a paragraph every run of white space,
//!   no-break spaces (`&nbsp;`) included, becomes one ASCII space; soft hyphens, zero-width
//!   spaces, byte order marks and control characters are removed.
//! - Inline elements add nothing: `a<b>b</b>c` reads `abc`, as a browser shows it.
//!
//! # Finding the article body
//!
//! Everything that is never article text is dropped with its whole subtree first: `script`,
//! `style`, `noscript`, `template`, `nav`, `footer`, `aside` (unless a pull quote), `button`, `iframe`, `svg`,
//! `math`, media and form controls, `header` unless it is inside an `article` (an article's
//! header carries its headline and byline, a page's header its logo and menu), elements that are
//! `hidden` or `display:none`, and landmark roles (`navigation`, `banner`, `contentinfo`,
//! `complementary`, `dialog`, ...). HTML comments are never text.
//!
//! Then the elements whose `class` or `id` names boilerplate (see `boilerplate_name`):
//! cookie/consent banners, share and social buttons, newsletter and subscribe boxes, related
//! and recommended stories, comments, promos, ads and sponsors, sidebars, menus; and those that
//! are `aria-hidden="true"`. These signs are weaker (a wrapper classed `has-sidebar` may hold the
//! whole page; a page saved with a dialog open has its content `aria-hidden`), so they drop an
//! element only if it holds no `h1`, `main` or `[itemprop=articleBody]`, and the rest of the
//! page keeps at least 200 characters of paragraph text (defined below).
//!
//! A name that also says `embed` (`social-media-embed`) is no sign: an embedded post is placed
//! by the author, and often quoted. A `form` is such a weak sign too (some sites wrap the whole page in one), and a box holding
//! more than half the page's paragraph text is never dropped for its name (`l-sidebar-fixed`
//! names a layout), unless the name says comments, which can outweigh the article.
//!
//! Each remaining element is weighed by its *paragraph text*: the characters (white space not
//! counted) of text inside `p`, `blockquote` and `pre`, and of lines written outside them that
//! are long (100 characters or more) and at most half in links; minus those inside links, so
//! link lists weigh nothing. A page with almost no paragraph text (under 200 characters: short
//! text in bare `div`s) is weighed by all its non-link text instead. Then, in order:
//!
//! 1. the heaviest `<article>`, if it holds at least half the page's weight;
//! 2. else the heaviest `[itemprop=articleBody]`, on the same condition;
//! 3. else, starting from `<main>` (or `[role=main]`) if it holds half the weight, or else from
//!    `<body>`: descend into the child holding at least 85% of the current element's weight,
//!    while there is one. The result is the smallest element holding nearly all the paragraph
//!    text. If it has no `h1`, and its parent or grandparent (not above the start) has one
//!    and at most 10% more paragraph text, that ancestor is taken instead, so that the
//!    headline and byline next to the text holder are kept. A headline further away is lost
//!    from the text (it stays in [`Page::title`]).
//!
//! Within that element, when the page has paragraph text, lines that are not the article's are
//! left out, as trafilatura does:
//!
//! - a block (not a quote) more in links than not and holding under 100 characters of
//!   paragraph text, with its subtree: a related story's card (a linked title, its date, a line
//!   of summary), a menu;
//! - a line more than half of whose characters are in links (a list of related stories, "Read
//!   more: ..."), unless it is a quote;
//! - a line written outside any paragraph, heading, quote, list or table that is short (under
//!   100 characters) or mostly links: datelines, bylines, labels, "Share this"; unless it reads
//!   as a sentence (ends with `.`, `!`, `?` or `…`, before closing quotes, and has six words or
//!   a quotation mark): a body written with a `div` a paragraph keeps its short paragraphs;
//! - a heading with no line kept under it before the next heading ("More stories" over a link
//!   list).
//!
//! If that would leave nothing, every line is kept: a page is refused for want of text only
//! when it has none.
//!
//! Each step is one pass over the tree or over the lines: reading is linear in the size of the
//! page.
//!
//! # Metadata
//!
//! | field | first found of |
//! |---|---|
//! | outlet | `og:site_name`; JSON-LD `publisher.name` |
//! | title | `og:title`; JSON-LD `headline`; `<title>` |
//! | url | `<link rel="canonical">`; `og:url`; JSON-LD `url` or `mainEntityOfPage` |
//! | date | `article:published_time`; JSON-LD `datePublished`; the first `<time datetime>` in the body, else in the page |
//!
//! JSON-LD is read from every `<script type="application/ld+json">`, as an object, an array or
//! an `@graph`; the first object typed `NewsArticle`, `Article`, `BlogPosting` or another
//! article type is used, and a publisher given as `{"@id": ...}` is looked up in the graph.
//! Values are kept as the page gives them (dates are not reformatted, relative URLs not
//! resolved), with white space collapsed and entities decoded; empty values count as absent.
//!
//! # Hostile input
//!
//! [`read_page`] never panics and stays linear. The HTML parser (html5ever, as in browsers)
//! has costs that grow with the depth of open elements and with the number of attributes of
//! one tag, so a page nested 100 000 `div`s deep would take minutes. Like browsers, which stop
//! nesting at 512 levels, a linear pre-pass (`limit_nesting`) removes the tags that would nest
//! deeper than [`MAX_DEPTH`], formatting tags (`b`, `i`, `a`, ...) left open beyond
//! [`MAX_OPEN_FORMATTING`], and attributes beyond [`MAX_ATTRIBUTES`] in one tag. Only the tags
//! go: their text stays. Ordinary pages are far below these limits and are parsed untouched.

use std::borrow::Cow;
use std::collections::HashMap;

use scraper::node::Element;
use scraper::{Html, Node};
use serde::Serialize;
use serde_json::{Map, Value};

/// A page read: the article's text and what the page says about itself.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Page {
    /// The article body as plain text, one paragraph per line (see the module docs).
    pub text: String,
    /// The outlet's name (`og:site_name`, else JSON-LD `publisher.name`).
    pub outlet: Option<String>,
    /// The article's title (`og:title`, else JSON-LD `headline`, else `<title>`).
    pub title: Option<String>,
    /// The article's address (`<link rel="canonical">`, else `og:url`, else JSON-LD).
    pub url: Option<String>,
    /// The publication date, as the page writes it (`article:published_time`, else JSON-LD
    /// `datePublished`, else `<time datetime>`).
    pub date: Option<String>,
    /// What each line of [`Page::text`] is, in order: one block a line, by byte offsets.
    pub blocks: Vec<Block>,
    /// The article's headline as the page shows it (its `h1`), kept out of the text.
    pub headline: Option<String>,
    /// The captions of the article's figures and tables, kept out of the text.
    pub captions: Vec<String>,
}

/// One line of [`Page::text`]: where it is and what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Block {
    pub kind: BlockKind,
    /// Byte offsets of the line in [`Page::text`], without its `\n`.
    pub start: usize,
    pub end: usize,
}

/// What a line of the text is, by the element the page writes it in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// A paragraph (`p`), or text written in plain containers.
    Paragraph,
    /// A heading within the article (`h2` to `h6`).
    Heading,
    /// A block quote or a pull quote: a quotation set apart from the running text.
    Quote,
    /// A list item (`li`, `dt`, `dd`).
    ListItem,
    /// A table cell.
    Cell,
    /// A line of preformatted text.
    Preformatted,
}

/// Elements nested deeper than this are flattened into their ancestor (their tags are removed,
/// their text kept). Browsers use the same limit.
pub const MAX_DEPTH: usize = 512;
/// Formatting elements (`b`, `i`, `a`, `font`, ...) open at once beyond this are removed. The
/// parser re-creates the open ones in every new paragraph, so this bounds that multiplication;
/// well-formed pages rarely nest more than three (`<a><strong><em>`).
pub const MAX_OPEN_FORMATTING: usize = 4;
/// Attributes of one tag beyond this are removed.
pub const MAX_ATTRIBUTES: usize = 256;

/// Paragraph text below which a page is weighed by all its text (see the module docs).
const MIN_PARAGRAPH_TEXT: u64 = 200;
/// Text outside paragraphs shorter than this (in characters, white space not counted) is not
/// the article's when the article is written in paragraphs: datelines, bylines, labels.
const LOOSE_MIN: usize = 100;
/// Share of the current element's weight a child must hold to be descended into.
const DESCEND_SHARE: f64 = 0.85;
/// How far, and at most how much heavier, an ancestor may be to be climbed to for its `h1`.
const HEADLINE_CLIMB: usize = 2;
const HEADLINE_EXTRA: f64 = 1.1;

/// Reads a saved web page: the article's text and the page's metadata. Never panics.
pub fn read_page(html: &str) -> Page {
    let input = limit_nesting(html);
    let doc = Html::parse_document(&input);
    let flat = Flat::new(&doc);
    let root = flat.body_root();
    let lines = flat.lines(root, flat.by_paragraphs(root));
    let chosen = choose_lines(lines, flat.by_paragraphs(root));
    let meta = flat.metadata(root);
    Page {
        text: chosen.text,
        blocks: chosen.blocks,
        headline: chosen.headline,
        captions: chosen.captions,
        outlet: meta.site_name.or(meta.ld.publisher),
        title: meta.og_title.or(meta.ld.headline).or(meta.title),
        url: meta.canonical.or(meta.og_url).or(meta.ld.url),
        date: meta.published.or(meta.ld.date).or(meta.time),
    }
}

// ---------------------------------------------------------------------------------------------
// The tree, flattened.

/// One node of the parsed tree, in document order.
struct Item<'a> {
    node: &'a Node,
    /// The tag name of an HTML element; empty for anything else.
    name: &'a str,
    /// Index of the parent; `usize::MAX` for the document.
    parent: usize,
    /// One past the index of the last descendant: the subtree is `index..end`.
    end: usize,
    /// Boilerplate: dropped with its whole subtree.
    dropped: bool,
    /// Its `class` or `id` names boilerplate, or it is `aria-hidden` (dropped unless vetoed, see
    /// `Flat::new`).
    weak_boilerplate: bool,
    /// Inside a dropped element (or dropped itself).
    in_dropped: bool,
    /// Holds (or is) an `h1`, `main` or `[itemprop=articleBody]`: a page's content, not a box.
    holds_content: bool,
    /// Inside an `article` (or one itself).
    in_article: bool,
    in_paragraph: bool,
    in_link: bool,
    /// Paragraph text not in links, in characters (white space not counted), subtree total.
    weight: u64,
    /// All text not in links, subtree total.
    loose: u64,
    /// All text in links, subtree total.
    linked: u64,
}

/// The parsed tree as a vector in document order: subtrees are ranges, so skipping one is a
/// jump, and totals over subtrees are one backward pass. No recursion: depth costs nothing.
struct Flat<'a> {
    items: Vec<Item<'a>>,
}

impl<'a> Flat<'a> {
    fn new(doc: &'a Html) -> Flat<'a> {
        let mut items: Vec<Item<'a>> = Vec::new();
        let mut open: Vec<usize> = Vec::new();
        let mut cur = doc.tree.root();
        // Iterative depth-first walk: open a node, go to its first child, or close nodes up to
        // the first one with a next sibling.
        'walk: loop {
            let parent = open.last().copied().unwrap_or(usize::MAX);
            let node = cur.value();
            let up = items.get(parent);
            let el = node.as_element().filter(|e| is_html(e));
            let name = el.map_or("", |e| e.name());
            let in_article = up.is_some_and(|u| u.in_article) || name == "article";
            // SVG and MathML are drawings and formulas, never article text.
            let foreign = node.as_element().is_some_and(|e| !is_html(e));
            let dropped = foreign || el.is_some_and(|e| dropped_by_markup(e, in_article));
            let weak_boilerplate = !dropped && el.is_some_and(weak_boilerplate);
            items.push(Item {
                node,
                name,
                parent,
                end: 0,
                dropped,
                weak_boilerplate,
                in_dropped: dropped || up.is_some_and(|u| u.in_dropped),
                holds_content: name == "h1" || name == "main" || el.is_some_and(is_article_body),
                in_article,
                in_paragraph: up.is_some_and(|u| u.in_paragraph)
                    || matches!(name, "p" | "blockquote" | "pre"),
                in_link: up.is_some_and(|u| u.in_link) || name == "a",
                weight: 0,
                loose: 0,
                linked: 0,
            });
            open.push(items.len() - 1);
            if let Some(child) = cur.first_child() {
                cur = child;
                continue;
            }
            loop {
                if let Some(i) = open.pop() {
                    items[i].end = items.len();
                }
                if let Some(next) = cur.next_sibling() {
                    cur = next;
                    continue 'walk;
                }
                match cur.parent() {
                    Some(p) => cur = p,
                    None => break 'walk,
                }
            }
        }
        let mut flat = Flat { items };
        flat.weigh();
        // A class or id is a weak sign: a wrapper named `has-sidebar` or `with-comments` may hold
        // the whole article, and a page saved with a dialog open has its content wrapper
        // `aria-hidden`. These drop their element only if it holds no h1, `main` or
        // `[itemprop=articleBody]`, and the rest of the page keeps some paragraph text, and
        // it does not hold most of the page's text: a layout name (`l-sidebar-fixed`), or a
        // `form` around the whole page, unless the name says comments.
        let total = flat.items.iter().map(|it| it.weight).max().unwrap_or(0);
        for i in 0..flat.items.len() {
            let it = &flat.items[i];
            let leaves_text = total - it.weight.min(total) >= MIN_PARAGRAPH_TEXT;
            let holds_most = it.weight * 2 > total
                && !it.node.as_element().is_some_and(|e| {
                    [attr(e, "id"), attr(e, "class")]
                        .into_iter()
                        .flatten()
                        .any(comments_name)
                });
            let it = &mut flat.items[i];
            if it.weak_boilerplate && !it.holds_content && leaves_text && !holds_most {
                it.dropped = true;
            }
            let above = flat
                .items
                .get(flat.items[i].parent)
                .is_some_and(|u| u.in_dropped);
            let it = &mut flat.items[i];
            it.in_dropped = it.dropped || above;
        }
        // Long text outside paragraphs (a body written in a `div` with `<br>`s) weighs as
        // paragraph text.
        for line in flat.lines(0, false) {
            if line.kind == LineKind::Loose && long_text(&line) {
                for it in &mut flat.items[line.nodes.0..=line.nodes.1] {
                    it.in_paragraph |= matches!(it.node, Node::Text(_));
                }
            }
        }
        flat.weigh();
        flat
    }

    /// Totals over subtrees: each node adds its own text, then its totals to its parent's
    /// (children come after their parent, so a backward pass sees every child first).
    fn weigh(&mut self) {
        let items = &mut self.items;
        for it in items.iter_mut() {
            it.weight = 0;
            it.loose = 0;
            it.linked = 0;
        }
        for i in (0..items.len()).rev() {
            let it = &mut items[i];
            if let Node::Text(t) = it.node {
                if !it.in_dropped {
                    let n = t.chars().filter(|c| !c.is_whitespace()).count() as u64;
                    if it.in_link {
                        it.linked += n;
                    } else {
                        it.loose += n;
                        if it.in_paragraph {
                            it.weight += n;
                        }
                    }
                }
            }
            let (w, l, c, p) = (it.weight, it.loose, it.holds_content, it.parent);
            let k = it.linked;
            if let Some(up) = items.get_mut(p) {
                up.weight += w;
                up.loose += l;
                up.linked += k;
                up.holds_content |= c;
            }
        }
    }

    fn element(&self, i: usize) -> Option<&'a Element> {
        self.items[i].node.as_element().filter(|e| is_html(e))
    }

    fn name(&self, i: usize) -> &'a str {
        self.items[i].name
    }

    /// Element children of `i` that are not dropped.
    fn children(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        let end = self.items[i].end;
        let mut c = i + 1;
        std::iter::from_fn(move || {
            while c < end {
                let this = c;
                c = self.items[this].end;
                if !self.items[this].name.is_empty() && !self.items[this].dropped {
                    return Some(this);
                }
            }
            None
        })
    }

    /// The element whose text is the article (see the module docs).
    fn body_root(&self) -> usize {
        let body = (0..self.items.len())
            .find(|&i| self.name(i) == "body")
            .unwrap_or(0);
        let by_paragraphs = self.items[body].weight >= MIN_PARAGRAPH_TEXT;
        let metric = |i: usize| {
            if by_paragraphs {
                self.items[i].weight
            } else {
                self.items[i].loose
            }
        };
        let total = metric(body);
        if total == 0 {
            return body;
        }
        let heaviest = |pick: &dyn Fn(usize) -> bool| {
            let mut best: Option<usize> = None;
            for i in 0..self.items.len() {
                let heavier = best.is_none_or(|b| metric(i) > metric(b));
                if !self.items[i].in_dropped && pick(i) && heavier {
                    best = Some(i);
                }
            }
            best.filter(|&b| metric(b) * 2 >= total)
        };
        let article = heaviest(&|i| self.name(i) == "article");
        let article_body = || heaviest(&|i| self.element(i).is_some_and(is_article_body));
        if let Some(found) = article.or_else(article_body) {
            return found;
        }
        let main = heaviest(&|i| {
            self.name(i) == "main"
                || self
                    .element(i)
                    .and_then(|e| attr(e, "role"))
                    .is_some_and(|r| r == "main")
        });
        let start = main.unwrap_or(body);
        let mut at = start;
        loop {
            let here = metric(at) as f64;
            match self
                .children(at)
                .max_by_key(|&c| (metric(c), std::cmp::Reverse(c)))
            {
                Some(c) if metric(c) > 0 && metric(c) as f64 >= DESCEND_SHARE * here => at = c,
                _ => break,
            }
        }
        // The text holder often sits next to its headline: climb back (two levels at most,
        // never above the start) to an ancestor with an `h1` if that adds little paragraph text.
        if !self.has_h1(at) {
            let mut up = at;
            for _ in 0..HEADLINE_CLIMB {
                if up == start {
                    break;
                }
                up = self.items[up].parent;
                if self.has_h1(up) {
                    if metric(up) as f64 <= HEADLINE_EXTRA * metric(at) as f64 {
                        at = up;
                    }
                    break;
                }
            }
        }
        at
    }

    /// Whether the element at `i` is a teaser, or a list of them: a block (not a quote) whose
    /// text is more in links than not, with less than [`LOOSE_MIN`] characters of paragraph
    /// text: a card of a related story (a linked title, its date, a line of summary), a menu.
    fn is_teaser(&self, i: usize) -> bool {
        let it = &self.items[i];
        let block = self
            .element(i)
            .is_some_and(|e| is_block(e.name()) && e.name() != "blockquote" && !is_pull_quote(e));
        block && it.weight < LOOSE_MIN as u64 && it.linked > it.loose
    }

    /// Whether the article at `root` is written in paragraphs (see `body_root`).
    fn by_paragraphs(&self, root: usize) -> bool {
        self.items[root].weight >= MIN_PARAGRAPH_TEXT
    }

    /// Whether the subtree at `i` holds an `h1` that is not dropped.
    fn has_h1(&self, i: usize) -> bool {
        let mut j = i;
        while j < self.items[i].end {
            if self.items[j].dropped {
                j = self.items[j].end;
                continue;
            }
            if self.name(j) == "h1" {
                return true;
            }
            j += 1;
        }
        false
    }

    /// The lines of the subtree at `root`, one paragraph each, with what each is written in.
    /// With `teasers` set, blocks within it that are mostly links and hold little paragraph
    /// text are left out (see `is_teaser`).
    fn lines(&self, root: usize, teasers: bool) -> Vec<Line> {
        let mut out = Paragraphs::default();
        // Open block elements, by the index one past their subtree, and what each counts as.
        let mut blocks: Vec<(usize, Role)> = Vec::new();
        let mut open = OpenRoles::default();
        let mut i = root;
        let end = self.items[root].end;
        while i < end {
            while let Some(&(e, role)) = blocks.last() {
                if e > i {
                    break;
                }
                blocks.pop();
                open.count(role, false);
                out.end_paragraph();
            }
            let it = &self.items[i];
            if it.dropped {
                i = it.end;
                continue;
            }
            match it.node {
                Node::Text(t) => {
                    out.at = i;
                    out.push_text(t, open.pre > 0, it.in_link, open.kind());
                }
                Node::Element(e) if is_html(e) => {
                    let name = e.name();
                    if name == "br" || name == "hr" {
                        out.end_paragraph();
                    } else if teasers && i != root && open.quote == 0 && self.is_teaser(i) {
                        out.end_paragraph();
                        i = it.end;
                        continue;
                    } else if is_block(name) || is_pull_quote(e) {
                        out.end_paragraph();
                        let role = Role::of(e);
                        open.count(role, true);
                        blocks.push((it.end, role));
                    }
                }
                _ => {}
            }
            i += 1;
        }
        out.finish()
    }

    /// Every metadata source the page has, before choosing among them.
    fn metadata(&self, root: usize) -> Sources {
        let mut s = Sources::default();
        let mut time_in_body: Option<String> = None;
        let mut ld_scripts: Vec<String> = Vec::new();
        for i in 0..self.items.len() {
            let Some(e) = self.element(i) else { continue };
            match e.name() {
                "meta" => {
                    let key = attr(e, "property").or_else(|| attr(e, "name"));
                    let Some(key) = key.map(|k| k.trim().to_ascii_lowercase()) else {
                        continue;
                    };
                    let slot = match key.as_str() {
                        "og:site_name" => &mut s.site_name,
                        "og:title" => &mut s.og_title,
                        "og:url" => &mut s.og_url,
                        "article:published_time" => &mut s.published,
                        _ => continue,
                    };
                    if slot.is_none() {
                        *slot = attr(e, "content").and_then(clean);
                    }
                }
                "link" if s.canonical.is_none() => {
                    let canonical = attr(e, "rel").is_some_and(|r| {
                        r.split_ascii_whitespace()
                            .any(|t| t.eq_ignore_ascii_case("canonical"))
                    });
                    if canonical {
                        s.canonical = attr(e, "href").and_then(clean);
                    }
                }
                "title" if s.title.is_none() => s.title = clean(&self.text_of(i)),
                "time" => {
                    let Some(dt) = attr(e, "datetime").and_then(clean) else {
                        continue;
                    };
                    let inside = i > root && i < self.items[root].end && !self.items[i].in_dropped;
                    if inside && time_in_body.is_none() {
                        time_in_body = Some(dt.clone());
                    }
                    if s.time.is_none() {
                        s.time = Some(dt);
                    }
                }
                "script" => {
                    let json_ld = attr(e, "type").is_some_and(|t| {
                        t.split(';')
                            .next()
                            .unwrap_or("")
                            .trim()
                            .eq_ignore_ascii_case("application/ld+json")
                    });
                    if json_ld {
                        ld_scripts.push(self.text_of(i));
                    }
                }
                _ => {}
            }
        }
        s.time = time_in_body.or(s.time);
        s.ld = json_ld(&ld_scripts);
        s
    }

    /// The concatenated text nodes under `i`.
    fn text_of(&self, i: usize) -> String {
        let mut s = String::new();
        for it in &self.items[i + 1..self.items[i].end] {
            if let Node::Text(t) = it.node {
                s.push_str(t);
            }
        }
        s
    }
}

/// What the page offers for each metadata field; [`read_page`] picks in the documented order.
#[derive(Default)]
struct Sources {
    site_name: Option<String>,
    og_title: Option<String>,
    og_url: Option<String>,
    published: Option<String>,
    canonical: Option<String>,
    title: Option<String>,
    time: Option<String>,
    ld: LinkedData,
}

fn is_html(e: &Element) -> bool {
    &*e.name.ns == "http://www.w3.org/1999/xhtml"
}

/// An attribute's value, without building an interned name as `Element::attr` does.
fn attr<'e>(e: &'e Element, name: &str) -> Option<&'e str> {
    e.attrs().find(|(k, _)| *k == name).map(|(_, v)| v)
}

fn is_block(name: &str) -> bool {
    matches!(
        name,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "body"
            | "caption"
            | "center"
            | "dd"
            | "details"
            | "dialog"
            | "dir"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hgroup"
            | "html"
            | "legend"
            | "li"
            | "listing"
            | "main"
            | "menu"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "search"
            | "section"
            | "summary"
            | "table"
            | "tbody"
            | "td"
            | "tfoot"
            | "th"
            | "thead"
            | "tr"
            | "ul"
    )
}

/// Whether an element is never article text by its tag or attributes (see the module docs).
fn dropped_by_markup(e: &Element, in_article: bool) -> bool {
    let name = e.name();
    if name == "aside" && is_pull_quote(e) {
        return false;
    }
    let by_tag = match name {
        "script" | "style" | "noscript" | "template" | "nav" | "footer" | "aside" | "button"
        | "iframe" | "svg" | "math" | "object" | "embed" | "canvas" | "select" | "textarea"
        | "input" | "option" | "dialog" | "video" | "audio" | "picture" | "map" | "head"
        | "title" | "meta" | "link" | "img" => true,
        "header" => !in_article,
        _ => false,
    };
    if by_tag {
        return true;
    }
    for (k, v) in e.attrs() {
        match k {
            "hidden" => return true,
            "style" => {
                let s: String = v.chars().filter(|c| !c.is_whitespace()).collect();
                let s = s.to_ascii_lowercase();
                if s.contains("display:none") || s.contains("visibility:hidden") {
                    return true;
                }
            }
            "role" => {
                let r = v.trim().to_ascii_lowercase();
                if matches!(
                    r.as_str(),
                    "navigation"
                        | "banner"
                        | "contentinfo"
                        | "complementary"
                        | "dialog"
                        | "alertdialog"
                        | "search"
                        | "menu"
                        | "menubar"
                        | "toolbar"
                ) {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}

/// Whether an element's `class` or `id` names boilerplate, or it is `aria-hidden`; never the
/// html, the body or the element marked as the article's body.
fn weak_boilerplate(e: &Element) -> bool {
    !matches!(e.name(), "html" | "body")
        && !is_article_body(e)
        && (e.name() == "form"
            || attr(e, "class").is_some_and(|v| boilerplate_name(v) && !embed_name(v))
            || attr(e, "id").is_some_and(|v| boilerplate_name(v) && !embed_name(v))
            || attr(e, "aria-hidden").is_some_and(|v| v.trim().eq_ignore_ascii_case("true")))
}

/// Whether a `class` or `id` names an embed (`social-media-embed`): a post the author placed in
/// the article, often quoted, not a share button.
fn embed_name(value: &str) -> bool {
    value.to_ascii_lowercase().contains("embed")
}

/// A pull quote: an element (often an `aside`) whose class names it so.
fn is_pull_quote(e: &Element) -> bool {
    attr(e, "class").is_some_and(|c| {
        c.split_ascii_whitespace().any(|w| {
            let w = w.to_ascii_lowercase().replace(['-', '_'], "");
            w.contains("pullquote") || w.contains("pullout")
        })
    })
}

fn is_article_body(e: &Element) -> bool {
    attr(e, "itemprop").is_some_and(|v| v.split_ascii_whitespace().any(|t| t == "articleBody"))
}

/// Whether a `class` or `id` value names boilerplate, ignoring ASCII case. Words are split at
/// every character that is not a letter or digit (`share-bar`, `share_bar`). Long,
/// unambiguous stems match inside a word (`cookieBanner`, `newsletterSignup`); short words
/// match whole only, so `ad` finds `ad-slot` but not `header` or `read-more`.
fn boilerplate_name(value: &str) -> bool {
    const STEMS: &[&str] = &[
        "cookie",
        "consent",
        "gdpr",
        "newsletter",
        "subscri",
        "signup",
        "social",
        "share",
        "sharing",
        "promo",
        "sponsor",
        "advert",
        "outbrain",
        "taboola",
        "disqus",
        "breadcrumb",
        "popup",
        "related",
        "recommend",
        "trending",
        "mostread",
        "sidebar",
        "banner",
        "masthead",
        "pagination",
        "toolbar",
        "screenreader",
    ];
    const WORDS: &[&str] = &[
        "ad",
        "ads",
        "adv",
        "adslot",
        "adunit",
        "dfp",
        "comment",
        "comments",
        "commentlist",
        "respond",
        "replies",
        "modal",
        "widget",
        "menu",
        "submenu",
        "megamenu",
        "nav",
        "navbar",
        "navigation",
        "footer",
        "tags",
        "sr",
        "popular",
        "skip",
        "rail",
    ];
    static STEM_FINDER: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
    let stems = STEM_FINDER.get_or_init(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(STEMS)
            .expect("the stems are a valid pattern set")
    });
    // Stems are letters only, so a match never spans two words.
    stems.is_match(value)
        || value
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| WORDS.iter().any(|x| x.eq_ignore_ascii_case(w)))
}

/// What an open block element counts as, for the kind of the lines written inside it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Quote,
    Caption,
    Headline,
    Heading,
    Pre,
    Paragraph,
    Item,
    Cell,
    Other,
}

impl Role {
    fn of(e: &Element) -> Role {
        if is_pull_quote(e) {
            return Role::Quote;
        }
        match e.name() {
            "blockquote" => Role::Quote,
            "figcaption" | "caption" => Role::Caption,
            "h1" => Role::Headline,
            "h2" | "h3" | "h4" | "h5" | "h6" => Role::Heading,
            "pre" | "listing" => Role::Pre,
            "p" => Role::Paragraph,
            "li" | "dd" | "dt" => Role::Item,
            "td" | "th" => Role::Cell,
            _ => Role::Other,
        }
    }
}

/// How many block elements of each role are open where the text is being written.
#[derive(Default)]
struct OpenRoles {
    quote: usize,
    caption: usize,
    headline: usize,
    heading: usize,
    pre: usize,
    paragraph: usize,
    item: usize,
    cell: usize,
}

impl OpenRoles {
    fn count(&mut self, role: Role, opened: bool) {
        let n = match role {
            Role::Quote => &mut self.quote,
            Role::Caption => &mut self.caption,
            Role::Headline => &mut self.headline,
            Role::Heading => &mut self.heading,
            Role::Pre => &mut self.pre,
            Role::Paragraph => &mut self.paragraph,
            Role::Item => &mut self.item,
            Role::Cell => &mut self.cell,
            Role::Other => return,
        };
        if opened {
            *n += 1;
        } else {
            *n = n.saturating_sub(1);
        }
    }

    /// The kind of a line written here: the outermost telling element wins in this order
    /// (a paragraph inside a block quote is quoted; a heading inside a caption is a caption).
    fn kind(&self) -> LineKind {
        if self.caption > 0 {
            LineKind::Caption
        } else if self.quote > 0 {
            LineKind::Block(BlockKind::Quote)
        } else if self.headline > 0 {
            LineKind::Headline
        } else if self.heading > 0 {
            LineKind::Block(BlockKind::Heading)
        } else if self.pre > 0 {
            LineKind::Block(BlockKind::Preformatted)
        } else if self.paragraph > 0 {
            LineKind::Block(BlockKind::Paragraph)
        } else if self.item > 0 {
            LineKind::Block(BlockKind::ListItem)
        } else if self.cell > 0 {
            LineKind::Block(BlockKind::Cell)
        } else {
            LineKind::Loose
        }
    }
}

/// A line as written, before the article's lines are chosen among them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineKind {
    Block(BlockKind),
    /// An `h1`: the headline.
    Headline,
    /// A figure's or table's caption.
    Caption,
    /// Text outside any paragraph, heading, quote, list or table (in bare `div`s).
    Loose,
}

/// One line of text: a paragraph, or what stands for one.
struct Line {
    text: String,
    kind: LineKind,
    /// Characters, white space not counted.
    chars: usize,
    /// Of which inside links.
    linked: usize,
    /// The items of its first and last text nodes.
    nodes: (usize, usize),
}

/// Whether a line is long enough, and little enough in links, to be article text wherever the
/// page writes it.
fn long_text(line: &Line) -> bool {
    line.chars >= LOOSE_MIN && line.linked * 2 <= line.chars
}

/// Whether a line reads as a sentence: ending as a sentence ends, six words or more or a
/// quotation, and at most half in links. Text written in a `div` for each paragraph keeps its
/// short paragraphs (`“No,” he said.`).
fn sentence(line: &Line) -> bool {
    let t = line.text.trim_end_matches(['"', '”', '’', '\'', ')']);
    line.linked * 2 <= line.chars
        && t.ends_with(['.', '!', '?', '…'])
        && (line.text.split(' ').count() >= 6 || line.text.contains(['“', '"', '«', '„']))
}

/// Whether a `class` or `id` names reader comments, which may outweigh the article.
fn comments_name(value: &str) -> bool {
    let v = value.to_ascii_lowercase();
    ["comment", "disqus", "respond", "replies", "reply"]
        .iter()
        .any(|w| v.contains(w))
}

/// Paragraphs being written: white space collapsed inside, one per line.
#[derive(Default)]
struct Paragraphs {
    out: Vec<Line>,
    line: String,
    kind: Option<LineKind>,
    chars: usize,
    linked: usize,
    space: bool,
    /// The item of the text node being pushed, and of the current line's first one.
    at: usize,
    first: usize,
}

impl Paragraphs {
    fn push_text(&mut self, t: &str, pre: bool, link: bool, kind: LineKind) {
        for c in t.chars() {
            if pre && c == '\n' {
                self.end_paragraph();
            } else if c.is_whitespace() {
                self.space = !self.line.is_empty();
            } else if c.is_control() || matches!(c, '\u{ad}' | '\u{200b}' | '\u{2060}' | '\u{feff}')
            {
                // Invisible: soft hyphen, zero-width space, word joiner, BOM, controls.
            } else {
                if self.space {
                    self.line.push(' ');
                    self.space = false;
                }
                if self.line.is_empty() {
                    self.first = self.at;
                }
                self.line.push(c);
                self.kind.get_or_insert(kind);
                self.chars += 1;
                self.linked += usize::from(link);
            }
        }
    }

    fn end_paragraph(&mut self) {
        if !self.line.is_empty() {
            self.out.push(Line {
                text: std::mem::take(&mut self.line),
                kind: self.kind.take().unwrap_or(LineKind::Loose),
                chars: self.chars,
                linked: self.linked,
                nodes: (self.first, self.at),
            });
        }
        self.kind = None;
        self.chars = 0;
        self.linked = 0;
        self.space = false;
    }

    fn finish(mut self) -> Vec<Line> {
        self.end_paragraph();
        self.out
    }
}

/// The article's lines, and what was set apart from them.
#[derive(Default)]
struct Chosen {
    text: String,
    blocks: Vec<Block>,
    headline: Option<String>,
    captions: Vec<String>,
}

/// Chooses the article's lines among those of the body element (see the module docs).
fn choose_lines(lines: Vec<Line>, by_paragraphs: bool) -> Chosen {
    let mut chosen = Chosen::default();
    let mut keep: Vec<bool> = vec![true; lines.len()];
    for (k, l) in lines.iter().enumerate() {
        match l.kind {
            LineKind::Caption => {
                chosen.captions.push(l.text.clone());
                keep[k] = false;
            }
            LineKind::Headline => {
                if chosen.headline.is_none() {
                    chosen.headline = Some(l.text.clone());
                }
                keep[k] = false;
            }
            _ => {}
        }
        if !by_paragraphs {
            continue;
        }
        let quote = l.kind == LineKind::Block(BlockKind::Quote);
        if !quote && l.linked * 2 > l.chars {
            keep[k] = false;
        }
        if l.kind == LineKind::Loose && !long_text(l) && !sentence(l) {
            keep[k] = false;
        }
    }
    // A heading with nothing kept under it (before the next heading) heads no article text.
    let mut under = false;
    for k in (0..lines.len()).rev() {
        if matches!(
            lines[k].kind,
            LineKind::Block(BlockKind::Heading) | LineKind::Headline
        ) {
            keep[k] &= under;
            under = false;
        } else if keep[k] {
            under = true;
        }
    }
    // The page has text, but none of it looks like an article's: all of it is kept rather
    // than none (a page is refused for want of text only when it has none).
    if !keep.contains(&true) {
        keep.fill(true);
    }
    for (l, keep) in lines.into_iter().zip(keep) {
        if !keep {
            continue;
        }
        let kind = match l.kind {
            LineKind::Block(kind) => kind,
            LineKind::Headline => BlockKind::Heading,
            LineKind::Caption | LineKind::Loose => BlockKind::Paragraph,
        };
        if !chosen.text.is_empty() {
            chosen.text.push('\n');
        }
        let start = chosen.text.len();
        chosen.text.push_str(&l.text);
        chosen.blocks.push(Block {
            kind,
            start,
            end: chosen.text.len(),
        });
    }
    chosen
}

/// White space collapsed and trimmed; `None` when nothing is left.
fn clean(s: &str) -> Option<String> {
    let mut p = Paragraphs::default();
    p.push_text(s, false, false, LineKind::Loose);
    let lines: Vec<String> = p.finish().into_iter().map(|l| l.text).collect();
    Some(lines.join("\n")).filter(|s| !s.is_empty())
}

// ---------------------------------------------------------------------------------------------
// JSON-LD.

/// What the page's JSON-LD says about the article.
#[derive(Default)]
struct LinkedData {
    headline: Option<String>,
    date: Option<String>,
    publisher: Option<String>,
    url: Option<String>,
}

/// The schema.org types of an article.
const ARTICLE_TYPES: &[&str] = &[
    "Article",
    "NewsArticle",
    "AnalysisNewsArticle",
    "AskPublicNewsArticle",
    "BackgroundNewsArticle",
    "OpinionNewsArticle",
    "ReportageNewsArticle",
    "ReviewNewsArticle",
    "BlogPosting",
    "LiveBlogPosting",
    "Report",
    "SatiricalArticle",
    "ScholarlyArticle",
    "TechArticle",
];

fn json_ld(scripts: &[String]) -> LinkedData {
    // Unparsable blocks are skipped: metadata is a bonus, the text is what matters. serde_json
    // stops at 128 levels of nesting, so a hostile block cannot exhaust the stack.
    let values: Vec<Value> = scripts
        .iter()
        .filter_map(|s| {
            let s = s.trim();
            let s = s.strip_prefix("<!--").unwrap_or(s);
            let s = s.strip_suffix("-->").unwrap_or(s);
            serde_json::from_str(s).ok()
        })
        .collect();
    let mut objects: Vec<&Map<String, Value>> = Vec::new();
    for v in &values {
        collect_objects(v, &mut objects);
    }
    let Some(article) = objects.iter().copied().find(|o| is_article(o)) else {
        return LinkedData::default();
    };
    let string = |v: Option<&Value>| v.and_then(Value::as_str).and_then(decode);
    let id_or_url = |v: &Value| match v {
        Value::String(s) => decode(s),
        Value::Object(o) => string(o.get("@id")).or_else(|| string(o.get("url"))),
        _ => None,
    };
    let url =
        string(article.get("url")).or_else(|| article.get("mainEntityOfPage").and_then(id_or_url));
    LinkedData {
        headline: string(article.get("headline")).or_else(|| string(article.get("name"))),
        date: string(article.get("datePublished")),
        publisher: article
            .get("publisher")
            .and_then(|p| publisher_name(p, &objects)),
        url,
    }
}

/// Objects at the top of a block, in arrays, and in `@graph`s, in document order.
fn collect_objects<'v>(v: &'v Value, out: &mut Vec<&'v Map<String, Value>>) {
    // Iterative: the nesting comes from the page.
    let mut todo = vec![v];
    while let Some(v) = todo.pop() {
        match v {
            Value::Array(items) => todo.extend(items.iter().rev()),
            Value::Object(o) => {
                out.push(o);
                if let Some(g) = o.get("@graph") {
                    todo.push(g);
                }
            }
            _ => {}
        }
    }
}

fn is_article(o: &Map<String, Value>) -> bool {
    let is = |t: &str| {
        // "NewsArticle", "schema:NewsArticle", "https://schema.org/NewsArticle".
        let t = t.rsplit(['/', ':']).next().unwrap_or(t);
        ARTICLE_TYPES.contains(&t)
    };
    match o.get("@type") {
        Some(Value::String(t)) => is(t),
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).any(is),
        _ => false,
    }
}

/// A publisher's name: given inline, as a list, as a plain string, or by `@id` reference to
/// another object of the page's JSON-LD.
fn publisher_name(p: &Value, objects: &[&Map<String, Value>]) -> Option<String> {
    match p {
        Value::String(s) => decode(s),
        Value::Array(items) => items.iter().find_map(|i| publisher_name(i, objects)),
        Value::Object(o) => o
            .get("name")
            .and_then(Value::as_str)
            .and_then(decode)
            .or_else(|| {
                let id = o.get("@id")?.as_str()?;
                objects
                    .iter()
                    .filter(|x| x.get("@id").and_then(Value::as_str) == Some(id))
                    .find_map(|x| x.get("name").and_then(Value::as_str).and_then(decode))
            }),
        _ => None,
    }
}

/// A JSON-LD string as text: some sites write entities (`&amp;`, `&#8217;`) inside JSON, which
/// the HTML parser leaves alone in a script. They are decoded by the same parser.
fn decode(s: &str) -> Option<String> {
    if !s.contains('&') {
        return clean(s);
    }
    let escaped = s.replace('<', "&lt;");
    let frag = Html::parse_fragment(&escaped);
    let text: String = frag
        .tree
        .nodes()
        .filter_map(|n| n.value().as_text().map(|t| &**t))
        .collect();
    clean(&text)
}

// ---------------------------------------------------------------------------------------------
// Limiting nesting before parsing.

/// The page with the tags removed that would nest deeper than [`MAX_DEPTH`], keep more than
/// [`MAX_OPEN_FORMATTING`] formatting elements open, or carry more than [`MAX_ATTRIBUTES`]
/// attributes. Borrowed, untouched, when there are none (every ordinary page).
///
/// A linear scan over the tags follows, approximately, how the HTML parser opens and closes
/// elements: an end tag closes the elements above its match unless the match lies beyond a
/// table (scope); a generic end tag is ignored when a block element lies above its match; a
/// formatting (or `form`) end tag closes its element, leaving the inline elements above it
/// open (the parser may reopen them), and is ignored with a block above it (the parser's
/// adoption agency re-creates the element around the block). Where the scan is unsure it keeps
/// elements open: it overestimates depth, so the parser's real depth stays within the limit.
/// Open formatting elements are counted apart because the parser re-creates every one of them
/// in each new paragraph: `<p><b id=1>x</p><p><b id=2>x</p>...` would otherwise build a
/// number of elements quadratic in the page's length.
fn limit_nesting(html: &str) -> Cow<'_, str> {
    let b = html.as_bytes();
    let mut scan = Scan::default();
    let mut i = 0;
    while let Some(off) = memchr::memchr(b'<', &b[i..]) {
        let lt = i + off;
        let after = &b[lt + 1..];
        if after.starts_with(b"!--") {
            i = comment_end(b, lt + 2);
            continue;
        }
        if matches!(after.first(), Some(b'!' | b'?')) {
            i = memchr::memchr(b'>', after).map_or(b.len(), |k| lt + 1 + k + 1);
            continue;
        }
        let closing = after.first() == Some(&b'/');
        let name_start = lt + 1 + usize::from(closing);
        if !b.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            i = lt + 1;
            continue;
        }
        let name_end = b[name_start..]
            .iter()
            .position(|&c| c.is_ascii_whitespace() || c == b'/' || c == b'>')
            .map_or(b.len(), |k| name_start + k);
        let Some(tag) = scan_attributes(b, name_end) else {
            break; // A tag unterminated at the end: the parser drops it.
        };
        i = tag.end;
        scan.name.clear();
        scan.name
            .extend(b[name_start..name_end].iter().map(u8::to_ascii_lowercase));
        if let Some(cut) = tag.excess_attributes {
            scan.cuts.push(cut);
        }
        if closing {
            scan.end_tag(lt..tag.end);
            continue;
        }
        let name = scan.name.as_slice();
        // Inside SVG or MathML these are ordinary elements whose content is markup.
        if scan.foreign == 0 {
            if name == b"plaintext" {
                break; // The rest of the page is text.
            }
            if name == b"script" {
                i = script_end(b, i);
                continue;
            }
            if is_raw_text(name) {
                i = find_end_tag(b, i, name);
                continue;
            }
        }
        scan.start_tag(lt..tag.end, tag.self_closing);
    }
    if scan.cuts.is_empty() {
        return Cow::Borrowed(html);
    }
    // Cuts are in document order and at `<`, `>` or attribute boundaries: ASCII, so char
    // boundaries. Overlaps (attributes cut from a tag then cut whole) are merged.
    scan.cuts.sort_by_key(|r| r.start);
    let mut out = String::with_capacity(html.len());
    let mut at = 0;
    for r in scan.cuts {
        if r.start > at {
            out.push_str(&html[at..r.start]);
        }
        at = at.max(r.end);
    }
    out.push_str(&html[at..]);
    Cow::Owned(out)
}

/// An element the scan holds open.
struct Open {
    name: u32,
    /// Its start tag was removed.
    cut: bool,
    /// Counted in the depth: neither cut nor closed out of order (a formatting element whose
    /// end tag came while others were above it stays on the stack, no longer counted).
    live: bool,
    kind: Kind,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Closed by its own end tag only when on top (adoption agency): `b`, `a`, `form`, ...
    Formatting,
    /// Ends the scope of end tags below it: `table`, `object`, `template`, ...
    Boundary,
    /// Stops a generic end tag from closing elements below it: `div`, `p`, `section`, ...
    Special,
    /// SVG or MathML: `<x/>` inside closes itself.
    Foreign,
    Other,
}

#[derive(Default)]
struct Scan {
    names: HashMap<Vec<u8>, u32>,
    /// The current tag's name, lowercased.
    name: Vec<u8>,
    stack: Vec<Open>,
    /// For each name, the positions in `stack` where it is open, ascending.
    open_at: Vec<Vec<usize>>,
    /// Positions in `stack` of boundary and special elements, ascending.
    boundaries: Vec<usize>,
    specials: Vec<usize>,
    /// Open elements whose tags were kept, of all kinds and of the formatting and foreign ones.
    depth: usize,
    formatting: usize,
    foreign: usize,
    cuts: Vec<std::ops::Range<usize>>,
}

impl Scan {
    fn intern(&mut self) -> u32 {
        if let Some(&id) = self.names.get(self.name.as_slice()) {
            return id;
        }
        let id = self.open_at.len() as u32;
        self.open_at.push(Vec::new());
        self.names.insert(self.name.clone(), id);
        id
    }

    fn start_tag(&mut self, tag: std::ops::Range<usize>, self_closing: bool) {
        let name = self.name.as_slice();
        // Void elements have no content; elements closed by their next sibling (`p`, `li`,
        // `td`, ...) never nest in themselves; neither adds depth.
        if is_void(name) || closed_by_sibling(name) || (self_closing && self.foreign > 0) {
            return;
        }
        let kind = kind_of(name);
        let closes_previous = matches!(name, b"a" | b"nobr");
        let id = self.intern();
        // `<a>` (and `<nobr>`) while one is open closes it first.
        if closes_previous {
            if let Some(&at) = self.open_at[id as usize].last() {
                self.close(at);
            }
        }
        let cut = self.depth >= MAX_DEPTH
            || (kind == Kind::Formatting && self.formatting >= MAX_OPEN_FORMATTING);
        if cut {
            self.cuts.push(tag);
        } else {
            self.count(kind, 1);
        }
        let at = self.stack.len();
        self.open_at[id as usize].push(at);
        match kind {
            Kind::Boundary => self.boundaries.push(at),
            Kind::Special => self.specials.push(at),
            _ => {}
        }
        self.stack.push(Open {
            name: id,
            cut,
            live: !cut,
            kind,
        });
    }

    fn end_tag(&mut self, tag: std::ops::Range<usize>) {
        let Some(&id) = self.names.get(self.name.as_slice()) else {
            return;
        };
        let Some(&at) = self.open_at[id as usize].last() else {
            return;
        };
        let cut = self.stack[at].cut;
        if self.close(at) && cut {
            self.cuts.push(tag);
        }
    }

    /// Applies an end tag whose element is open at `at`; whether it closed anything.
    fn close(&mut self, at: usize) -> bool {
        let scope = self.boundaries.last().copied().unwrap_or(0);
        if at < scope {
            return false;
        }
        let block_above = self.specials.last().is_some_and(|&s| s > at);
        match self.stack[at].kind {
            // The adoption agency: on top, or with only inline elements above, the element
            // closes (those above may be reopened later, so they stay); with a block above, it
            // is re-created around the block and stays open.
            Kind::Formatting if at + 1 == self.stack.len() => self.pop_to(at),
            Kind::Formatting if !block_above => {
                let e = &mut self.stack[at];
                let (was_live, cut) = (e.live, e.cut);
                e.live = false;
                if was_live {
                    self.count(Kind::Formatting, -1);
                }
                // Closed for end tags; a cut one keeps its place so that its end tag is cut.
                if !cut {
                    self.open_at[self.stack[at].name as usize].pop();
                }
                return true;
            }
            Kind::Formatting => return false,
            // A generic element's end tag stops at a block element above it.
            Kind::Other | Kind::Foreign if block_above => return false,
            _ => self.pop_to(at),
        }
        true
    }

    fn count(&mut self, kind: Kind, by: isize) {
        let add = |n: &mut usize| *n = n.saturating_add_signed(by);
        add(&mut self.depth);
        match kind {
            Kind::Formatting => add(&mut self.formatting),
            Kind::Foreign => add(&mut self.foreign),
            _ => {}
        }
    }

    /// Closes the elements at `at` and above.
    fn pop_to(&mut self, at: usize) {
        while self.stack.len() > at {
            let Some(e) = self.stack.pop() else { break };
            let pos = self.stack.len();
            let open = &mut self.open_at[e.name as usize];
            if open.last() == Some(&pos) {
                open.pop();
            }
            if self.boundaries.last() == Some(&pos) {
                self.boundaries.pop();
            }
            if self.specials.last() == Some(&pos) {
                self.specials.pop();
            }
            if e.live {
                self.count(e.kind, -1);
            }
        }
    }
}

/// A start or end tag's extent once its attributes are skipped.
struct TagEnd {
    /// One past the closing `>`.
    end: usize,
    /// `/>`.
    self_closing: bool,
    /// The attributes beyond [`MAX_ATTRIBUTES`], to remove.
    excess_attributes: Option<std::ops::Range<usize>>,
}

/// Skips a tag's attributes from `k` (just after its name) to its `>`, following the HTML
/// tokenizer: quoted values may hold `>`. `None` if the page ends first.
fn scan_attributes(b: &[u8], mut k: usize) -> Option<TagEnd> {
    let mut slash = false;
    let mut count = 0;
    let mut excess_from = None;
    loop {
        while k < b.len() && b[k].is_ascii_whitespace() {
            k += 1;
        }
        match *b.get(k)? {
            b'>' => {
                return Some(TagEnd {
                    end: k + 1,
                    self_closing: slash,
                    excess_attributes: excess_from.map(|s| s..k),
                })
            }
            b'/' => {
                slash = true;
                k += 1;
            }
            _ => {
                slash = false;
                count += 1;
                if count == MAX_ATTRIBUTES + 1 {
                    excess_from = Some(k);
                }
                k += 1; // The first character may be anything, `=` included.
                while k < b.len()
                    && !b[k].is_ascii_whitespace()
                    && !matches!(b[k], b'/' | b'>' | b'=')
                {
                    k += 1;
                }
                while k < b.len() && b[k].is_ascii_whitespace() {
                    k += 1;
                }
                if b.get(k) == Some(&b'=') {
                    k += 1;
                    while k < b.len() && b[k].is_ascii_whitespace() {
                        k += 1;
                    }
                    match b.get(k) {
                        Some(&q @ (b'"' | b'\'')) => {
                            k = k + 1 + memchr::memchr(q, &b[k + 1..])? + 1;
                        }
                        _ => {
                            while k < b.len() && !b[k].is_ascii_whitespace() && b[k] != b'>' {
                                k += 1;
                            }
                        }
                    }
                }
            }
        }
    }
}

/// One past the end of a comment whose `<!` is just before `from`: at `-->` or `--!>`, which
/// may overlap the opening (`<!-->` is a whole comment), or at the end of the page.
fn comment_end(b: &[u8], mut from: usize) -> usize {
    while let Some(off) = memchr::memmem::find(&b[from..], b"--") {
        let d = from + off;
        match (b.get(d + 2), b.get(d + 3)) {
            (Some(b'>'), _) => return d + 3,
            (Some(b'!'), Some(b'>')) => return d + 4,
            _ => from = d + 1,
        }
    }
    b.len()
}

/// Where a script's text that starts at `from` ends: the `<` of its end tag. Follows the
/// tokenizer's escapes: after `<!--`, a `<script>` makes the next `</script>` part of the text.
fn script_end(b: &[u8], mut from: usize) -> usize {
    let (mut escaped, mut double) = (false, false);
    let is_tag = |at: usize, name: &[u8]| {
        b.len() > at + name.len()
            && b[at..at + name.len()].eq_ignore_ascii_case(name)
            && (b[at + name.len()].is_ascii_whitespace()
                || matches!(b[at + name.len()], b'/' | b'>'))
    };
    while let Some(off) = memchr::memchr2(b'<', b'-', &b[from..]) {
        let d = from + off;
        from = d + 1;
        if b[d] == b'-' {
            if escaped && b[d..].starts_with(b"-->") {
                (escaped, double) = (false, false);
                from = d + 3;
            }
        } else if !escaped && b[d..].starts_with(b"<!--") {
            escaped = true;
            from = d + 4;
        } else if b.get(d + 1) == Some(&b'/') && is_tag(d + 2, b"script") {
            if !double {
                return d;
            }
            double = false;
        } else if escaped && is_tag(d + 1, b"script") {
            double = true;
        }
    }
    b.len()
}

/// Where the raw text of element `name` opened before `from` ends: the `<` of its end tag.
fn find_end_tag(b: &[u8], mut from: usize, name: &[u8]) -> usize {
    while let Some(off) = memchr::memchr(b'<', &b[from..]) {
        let lt = from + off;
        let rest = &b[lt + 1..];
        if rest.first() == Some(&b'/')
            && rest.len() > name.len()
            && rest[1..=name.len()].eq_ignore_ascii_case(name)
            && rest
                .get(name.len() + 1)
                .is_none_or(|c| c.is_ascii_whitespace() || matches!(c, b'/' | b'>'))
        {
            return lt;
        }
        from = lt + 1;
    }
    b.len()
}

fn is_raw_text(name: &[u8]) -> bool {
    matches!(
        name,
        b"style"
            | b"textarea"
            | b"title"
            | b"xmp"
            | b"iframe"
            | b"noembed"
            | b"noframes"
            | b"noscript"
    )
}

fn is_void(name: &[u8]) -> bool {
    matches!(
        name,
        b"area"
            | b"base"
            | b"basefont"
            | b"bgsound"
            | b"br"
            | b"col"
            | b"embed"
            | b"frame"
            | b"hr"
            | b"image"
            | b"img"
            | b"input"
            | b"keygen"
            | b"link"
            | b"meta"
            | b"param"
            | b"source"
            | b"track"
            | b"wbr"
    )
}

fn closed_by_sibling(name: &[u8]) -> bool {
    matches!(
        name,
        b"p" | b"li"
            | b"dt"
            | b"dd"
            | b"td"
            | b"th"
            | b"tr"
            | b"tbody"
            | b"thead"
            | b"tfoot"
            | b"colgroup"
            | b"caption"
            | b"option"
            | b"optgroup"
            | b"rb"
            | b"rp"
            | b"rt"
            | b"rtc"
            | b"html"
            | b"head"
            | b"body"
    )
}

fn kind_of(name: &[u8]) -> Kind {
    match name {
        b"a" | b"b" | b"big" | b"code" | b"em" | b"font" | b"i" | b"nobr" | b"s" | b"small"
        | b"strike" | b"strong" | b"tt" | b"u" | b"form" => Kind::Formatting,
        b"table" | b"applet" | b"marquee" | b"object" | b"template" => Kind::Boundary,
        b"svg" | b"math" => Kind::Foreign,
        b"address" | b"article" | b"aside" | b"blockquote" | b"button" | b"center" | b"details"
        | b"dialog" | b"dir" | b"div" | b"dl" | b"fieldset" | b"figcaption" | b"figure"
        | b"footer" | b"frameset" | b"h1" | b"h2" | b"h3" | b"h4" | b"h5" | b"h6" | b"header"
        | b"hgroup" | b"listing" | b"main" | b"menu" | b"nav" | b"ol" | b"pre" | b"search"
        | b"section" | b"select" | b"summary" | b"ul" => Kind::Special,
        _ => Kind::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_pages_are_parsed_untouched() {
        for page in [
            "<html><body><div><p>a<b>b</b></p><table><tr><td><div>x</td></tr></table></div>",
            "<p><b><i>misnested</b></i> <a href=1>one <a href=2>two</p>",
            include_str!("../../fixtures/html/naturalnews_sheinbaum.html"),
            include_str!("../../fixtures/html/meridian_sheinbaum.html"),
        ] {
            assert!(
                matches!(limit_nesting(page), Cow::Borrowed(_)),
                "{page:.60}"
            );
        }
    }

    #[test]
    fn nesting_beyond_the_limit_loses_its_tags_not_its_text() {
        let deep = "<div>x".repeat(MAX_DEPTH + 10) + &"</div>".repeat(MAX_DEPTH + 10);
        let limited = limit_nesting(&deep);
        assert_eq!(limited.matches("<div>").count(), MAX_DEPTH);
        assert_eq!(limited.matches("</div>").count(), MAX_DEPTH);
        assert_eq!(limited.matches('x').count(), MAX_DEPTH + 10);
    }

    #[test]
    fn formatting_left_open_is_capped() {
        let page: String = (0..200).map(|i| format!("<p><b id={i}>x</p>")).collect();
        let limited = limit_nesting(&page);
        assert_eq!(limited.matches("<b ").count(), MAX_OPEN_FORMATTING);
        assert_eq!(limited.matches("<p>").count(), 200);
    }

    #[test]
    fn attributes_beyond_the_limit_are_removed() {
        let attrs: String = (0..MAX_ATTRIBUTES + 5)
            .map(|i| format!(" a{i}=\"v>\""))
            .collect();
        let page = format!("<div{attrs}>text</div>");
        let limited = limit_nesting(&page);
        assert_eq!(limited.matches("=\"v>\"").count(), MAX_ATTRIBUTES);
        assert!(limited.ends_with(">text</div>"));
    }

    #[test]
    fn raw_text_and_comments_hide_their_tags_from_the_scan() {
        let inner = "<div>".repeat(MAX_DEPTH * 2);
        for page in [
            format!("<script>{inner}</script>"),
            format!("<!--{inner}-->"),
            format!("<textarea>{inner}</TEXTAREA >"),
        ] {
            assert!(
                matches!(limit_nesting(&page), Cow::Borrowed(_)),
                "{page:.40}"
            );
        }
    }

    #[test]
    fn comments_and_scripts_end_where_the_tokenizer_ends_them() {
        let deep = "<div>".repeat(MAX_DEPTH + 1);
        // Each of these leaves the divs outside any comment or script: they must be counted.
        for page in [
            format!("<!-->{deep}"),
            format!("<!--->{deep}"),
            format!("<!-- a --!>{deep}"),
            format!("<script><!--<script></script>--></script>{deep}"),
            format!("<svg><title>{deep}"),
            format!("<svg><style>{deep}"),
        ] {
            let limited = limit_nesting(&page);
            assert!(limited.matches("<div>").count() <= MAX_DEPTH, "{page:.60}");
        }
        // And these hide them, as the tokenizer does.
        for page in [
            format!("<!-- {deep} -->"),
            format!("<script><!--<script>{deep}</script></script>"),
            format!("<script>if (a --> b) {{}} {deep}</script>"),
        ] {
            assert!(
                matches!(limit_nesting(&page), Cow::Borrowed(_)),
                "{page:.60}"
            );
        }
    }

    #[test]
    fn boilerplate_names_match_words_not_letters() {
        let table = [
            ("cookie-banner", true),
            ("cookieConsent", true),
            ("share-tools", true),
            ("ad-slot top", true),
            ("article-comments", true),
            ("newsletter_signup", true),
            ("header", false),
            ("read-more lead", false),
            ("article-body", false),
            ("entry-content", false),
            ("commentary", false),
            ("headline", false),
        ];
        for (value, expected) in table {
            assert_eq!(boilerplate_name(value), expected, "{value}");
        }
    }
}
