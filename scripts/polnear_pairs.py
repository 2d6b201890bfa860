#!/usr/bin/env python3
"""Labelled pairs of PolNeAR gold quotations across articles, for measuring `verbatim compare`.

    python3 scripts/polnear_pairs.py [--data /work/shared/eval] [--out fixtures/eval/polnear-pairs.tsv]
    python3 scripts/polnear_pairs.py --show same 40      # spot-check: print 40 random pairs (terminal only)

Reads the gold quotes of polnear-train.jsonl and polnear-dev.jsonl and writes one line per
candidate pair of quotations in two different articles:

    label  identical  article_a  start_a  end_a  article_b  start_b  end_b

Offsets are code points into the article's text, as in the gold files. No quotation text is
written: the articles belong to their publishers (see /work/shared/eval/README.md).

Candidates: gold quotes (direct or partial) of at least three words, in different articles,
that share a word trigram after normalisation (lower case, punctuation and quote marks dropped),
or, when the shorter has at most five words, a pair of adjacent meaning words.

Labels (see `label` below for the rule and its reasons):

- `same`: both quote the same statement: the shorter's words are found in order in the longer,
  in runs of shared words, for most of its length, and the speakers do not rule it out.
- `lookalike`: they share some phrasing but are different statements: little of the shorter is
  found in the longer, or a short phrase is credited to two different people.
- `unsure`: in between, or a short phrase whose speaker cannot be told; left out of the figures.

The rule, with its reasons, is `label` below. Speakers: the gold mention is often a pronoun;
it is resolved to the nearest earlier named speaker of the article (same attribution first,
gender permitting), which is good enough to confirm a speaker, not to tell two apart.
Spot-check with --show (text goes to the terminal only, never into the repository).

`identical` is 1 when both have the same words after normalisation.
"""

import argparse
import bisect
import collections
import datetime
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

FILES = ("polnear-train.jsonl", "polnear-dev.jsonl")

# Function words: a shared run of these alone says nothing about which statement it is.
STOP = set(
    """a about above after again against all am an and any are as at be because been before
    being below between both but by can cannot could did do does doing dont down during each few
    for from further had has have having he hed hell hes her here heres hers herself him himself
    his how hows i id ill im ive if in into is isnt it its itself just lets me more most my myself
    no nor not of off on once only or other ought our ours ourselves out over own same she shed
    shell shes should so some such than that thats the their theirs them themselves then there
    theres these they theyd theyll theyre theyve this those through to too under until up very
    was wasnt we wed well were weve what whats when whens where wheres which while who whos whom
    why whys will with wont would wouldnt you youd youll youre youve your yours yourself
    yourselves also get got go going gonna want wanted like one just lot really think know say
    said says thing things way even much many us people now right let make made well yes oh
    didnt doesnt arent cant couldnt shouldnt havent hasnt hadnt werent""".split()
)

PRONOUNS = {
    "he", "she", "him", "her", "his", "hers", "they", "them", "their", "it", "its", "i", "we",
    "you", "who", "which", "that", "this", "these", "those", "one", "said",
}
# Capitalised words of a mention that are not the person's name.
NOT_NAMES = {
    "The", "A", "An", "President", "Sen", "Senator", "Rep", "Gov", "Governor", "Mr", "Mrs", "Ms",
    "Dr", "Republican", "Republicans", "Democratic", "Democrat", "Democrats", "GOP", "Former",
    "Vice", "Secretary", "State", "Speaker", "House", "Senate", "White", "Press", "Presidential",
    "Candidate", "Nominee", "Chairman", "Attorney", "General", "Transcript", "Twitter", "And",
    "Jr", "Sr", "U", "S", "US", "New", "York", "Times", "Post", "Campaign", "Party", "Committee",
    "Mayor", "Judge", "Justice", "Gen", "Lt", "Col", "Adm", "Rev", "Pope", "His", "Her", "Their",
    "Trump's", "Clinton's",
}
FEMALE_FIRST = {
    "hillary", "carly", "elizabeth", "kellyanne", "loretta", "nancy", "jill", "nikki", "sarah",
    "susan", "condoleezza", "debbie", "donna", "huma", "michelle", "michele", "ivanka", "melania",
    "chelsea", "megyn", "claire", "kirsten", "tammy", "maggie", "amy", "karen", "mary", "barbara",
    "laura", "lisa", "kate", "katie", "marsha", "dana", "ann", "anne", "joni", "rachel", "janet",
    "jennifer", "jan", "kelly", "hope", "katrina", "jennifer", "marine", "theresa", "angela",
    "ruth", "sonia", "elena", "cokie", "katy", "kimberly", "sharon", "patty", "jeanne", "jeanine",
}


def norm_tokens(text):
    """Comparison words: NFKC, lower case, apostrophes and full stops dropped ("U.S." is "us",
    "don't" is "dont"), every other non-alphanumeric character a separator."""
    s = unicodedata.normalize("NFKC", text).lower()
    s = re.sub(r"[\u2019\u2018'`\u00b4\u02bc.]", "", s)
    return re.findall(r"[a-z0-9]+", s)


def is_content(w):
    return w not in STOP


class Quote:
    __slots__ = ("art", "i", "start", "end", "text", "words", "kind", "speaker", "names",
                 "named", "female")

    def __init__(self, art, i, q):
        self.art, self.i = art, i
        self.start, self.end, self.text = q["start"], q["end"], q["text"]
        self.words = norm_tokens(q["text"])
        self.kind = q["kind"]
        self.speaker = q.get("speaker") or ""
        self.names = None  # frozenset of surnames, or None when unknown
        self.named = False  # from the gold mention itself (not resolved from a pronoun)
        self.female = None


def fold(word):
    """Lower case without accents: "Calderón" is "calderon"."""
    d = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in d if not unicodedata.combining(c))


def mention_names(mention):
    """Surnames a speaker mention names, with the full name when it gives one: the last
    capitalised word of the first part that names someone ("Robert Mason, a professor at..."),
    each side of an "and" ("Cruz and Trump"). None when it names nobody (a pronoun, "Clinton
    supporters", "the crowd", "one party activist")."""
    if not mention:
        return None, None
    out, female = set(), None
    mention = re.sub(r"\([^)]*\)", " ", mention)  # "Sen. Ted Cruz (Tex.)"
    for part in mention.split(","):
        for p in re.split(r" and | & ", part):
            words = [w.strip("\u2019'\".()[]:;") for w in p.split()]
            words = [re.sub(r"(\u2019s|'s)$", "", w) for w in words if w]
            if not words:
                continue
            last = words[-1]
            if (not last[:1].isupper() or last.rstrip(".") in NOT_NAMES
                    or last.lower() in PRONOUNS):
                continue
            caps = [w for w in words if w[:1].isupper() and w.rstrip(".") not in NOT_NAMES
                    and w.lower() not in PRONOUNS]
            out.add(fold(last))
            if len(caps) >= 2:
                first = fold(caps[-2])
                out.add(first + " " + fold(last))  # to tell Eric from Donald Trump
                if first in FEMALE_FIRST:
                    female = True
        if out:
            break
    if not out:
        return None, None
    if any(w in ("Mrs", "Mrs.", "Ms", "Ms.") for w in mention.split()):
        female = True
    if any(w in ("Mr", "Mr.") for w in mention.split()):
        female = False
    return frozenset(out), female


def surnames(names):
    return {n for n in names if " " not in n}


def same_person(a, b):
    """True, False, or None (cannot tell)."""
    if a is None or b is None:
        return None
    sa, sb = surnames(a), surnames(b)
    if not (sa & sb):
        return False
    fa = {n for n in a if " " in n}
    fb = {n for n in b if " " in n}
    # Both give a full name for the shared surname and they differ: Eric and Donald Trump.
    for s in sa & sb:
        xa = {n for n in fa if n.endswith(" " + s)}
        xb = {n for n in fb if n.endswith(" " + s)}
        if xa and xb and not (xa & xb):
            continue
        return True
    return False


def resolve_speakers(quotes):
    """Each gold quote's speaker as names: from its own mention, else (a pronoun) the nearest
    earlier named speaker of the same article within 1,500 characters whose gender fits, or of
    the same attribution."""
    by_attr = {}
    for q, g in quotes:
        n, f = mention_names(q.speaker)
        if n is not None:
            q.names, q.named, q.female = n, True, f
            by_attr.setdefault(g["attribution_id"], (n, f))
    named = sorted(
        (((g["speaker_start"] if g.get("speaker_start") is not None else q.start), q)
         for q, g in quotes
         if q.named),
        key=lambda x: x[0],
    )
    keys = [k for k, _ in named]
    for q, g in quotes:
        if q.named:
            continue
        if g["attribution_id"] in by_attr:
            q.names, q.female = by_attr[g["attribution_id"]]
            continue
        m = (q.speaker or "").strip().lower()
        if m not in ("he", "she", "him", "her", "his"):
            continue
        want_female = m in ("she", "her")
        at = g["speaker_start"] if g.get("speaker_start") is not None else q.start
        k = bisect.bisect_left(keys, at)
        while k > 0:
            k -= 1
            pos, p = named[k]
            if at - pos > 1500:
                break
            if p.female is not None and p.female != want_female:
                continue
            if p.female is None and want_female and not (p.names & FEMALE_SURNAMES):
                continue
            q.names = p.names
            break


# Surnames of women often quoted in 2015-16 political news, for "she" without a first name.
FEMALE_SURNAMES = {"clinton", "fiorina", "warren", "conway", "lynch", "pelosi", "stein", "palin",
                   "haley", "abedin", "brazile", "palmieri", "kelly", "schultz", "wasserman"}


def lcs(a, b, allowed=None):
    """Longest common subsequence of a and b: (words, meaning words among them), the most
    words first. With `allowed(i, j)`, only those matches count."""
    gain = [1000 + is_content(x) for x in a]  # words, then meaning words
    prev = [0] * (len(b) + 1)
    for i, x in enumerate(a):
        cur = [0]
        g = gain[i]
        for j, y in enumerate(b):
            best = prev[j + 1] if prev[j + 1] > cur[j] else cur[j]
            if x == y and (allowed is None or allowed(i, j)) and prev[j] + g > best:
                best = prev[j] + g
            cur.append(best)
        prev = cur
    return divmod(prev[-1], 1000)


def runs(a, b):
    """Maximal common runs (i, j, length) of a and b."""
    n, m = len(a), len(b)
    out = []
    prev = [0] * (m + 1)
    for i in range(n):
        cur = [0] * (m + 1)
        for j in range(m):
            if a[i] == b[j]:
                cur[j + 1] = prev[j] + 1
        for j in range(m):
            # a run ends at (i, j) when the next diagonal cell does not continue it
            if cur[j + 1] and not (i + 1 < n and j + 1 < m and a[i + 1] == b[j + 1]):
                L = cur[j + 1]
                out.append((i - L + 1, j - L + 1, L))
        prev = cur
    return out


def measure(a, b):
    """Figures of a pair of word lists, a the shorter."""
    rs = runs(a, b)
    best = max((L for _, _, L in rs), default=0)
    best_content = max(
        (sum(is_content(w) for w in a[i:i + L]) for i, _, L in rs if L == best), default=0
    )
    # Anchor runs: three words or more, or two with a meaning word. Single shared words
    # ("the", "going") and function-word pairs ("of the") scattered over a long quotation
    # are chance.
    ok = set()
    for i, j, L in rs:
        if L >= 3 or (L == 2 and (is_content(a[i]) or is_content(a[i + 1]))):
            for k in range(L):
                ok.add((i + k, j + k))
    chain, chain_content = lcs(a, b, lambda i, j: (i, j) in ok) if ok else (0, 0)
    n = len(a)
    content_a = sum(is_content(w) for w in a)
    contained = any(L == n for _, _, L in rs)
    return {
        "run": best,
        "run_content": best_content,
        "chain": chain,
        "chain_content": chain_content,
        "cover": chain / n,
        # share of the shorter's meaning words found (1 when it has none)
        "cover_content": chain_content / content_a if content_a else 1.0,
        "contained": contained,
        "content_a": content_a,
    }


def label(a, b, m, person, apart, one_each, days, spread):
    """`same`, `lookalike` or `unsure` for quotes a (the shorter) and b, with figures m,
    `person` whether their speakers are the same person (True, False, None when it cannot be
    told; pronouns resolved), `apart` whether both mentions name different people,
    `one_each` whether each names a single person, `days` between the articles, and
    `spread` the number of articles whose gold quotes hold the shorter's words (for phrases).

    Quotations of six words or more are judged by their words. Anchor runs are the shared runs
    of three words or more, or two with a meaning word; `chain` is the most words of the
    shorter found in order in the longer in anchor runs (elisions and small edits allowed).
    - same when the chain holds 80% of the shorter and three meaning words (two when both
      are credited to the same person: "No one is above the law"); or eight words,
      60% of the shorter and four meaning words (the longer enough, the less chance); or when
      they share a run of ten words with five meaning words (overlapping extracts of one
      passage: A quotes sentences 1-3, B sentences 3-5). Two differently named speakers make
      it unsure (one may quote the other, or an article credits the wrong person) unless the
      words are nearly all the same over eight words or more. In articles more than 30 days
      apart, words that differ (under 90% found, and no shared run of ten words) are unsure:
      they may be a line the speaker says again in another speech ("We can't afford to be
      politically correct anymore", a debate talking point).
    - lookalike when under 35% of the shorter's words, or of its meaning words, are found,
      and no shared run reaches six words: what they share is a phrase ("going to be a",
      "make America great again"); or when what is found is four words at most, with one
      meaning word at most, under 60% of the shorter ("a sense of", "going to change").
    - unsure between.
    Quotations of three to five words are phrases ("New York values", "no matter what");
    whether two are one statement is the speakers' to say:
    - lookalike when both mentions name different people (a pronoun resolved to the nearest
      earlier speaker does not count for this), or the shorter is not found near whole in
      the other (at most one word off) and under 60% of it (or of its meaning words)
      is found;
    - same when it is found whole (or one function word off), both are credited to the same
      single person, the phrase has two meaning words ("I don't know" from Trump twice is no
      one statement), and the articles are at most seven days apart: a phrase quoted weeks
      apart is often a slogan the speaker repeats ("radical Islamic terrorism", "make America
      great again"), not one statement; so is a phrase that the quotes of three articles or
      more hold ("New York values");
    - unsure otherwise.
    """
    n = len(a)
    cover, cover_c, run_ = m["cover"], m["cover_content"], m["run"]
    chain, chain_c = m["chain"], m["chain_content"]
    if n >= 6:
        same_words = (
            (cover >= 0.8 and chain_c >= 3)
            or (cover >= 0.8 and chain_c >= 2 and person is True)
            or (chain >= 8 and cover >= 0.6 and chain_c >= 4)
            or (run_ >= 10 and m["run_content"] >= 5)
        )
        if same_words:
            if person is False and not (cover >= 0.9 and n >= 8):
                return "unsure"
            strong_run = run_ >= 10 and m["run_content"] >= 5
            if days > 30 and cover < 0.9 and not strong_run:
                return "unsure"
            return "same"
        if (cover < 0.35 or cover_c < 0.35) and run_ < 6:
            return "lookalike"
        if chain <= 4 and chain_c <= 1 and cover < 0.6:
            return "lookalike"
        return "unsure"
    near = m["contained"] or (
        m["chain"] >= n - 1 and m["run"] >= 3 and len(b) <= n + 1 and m["cover_content"] == 1
    )
    if apart:
        return "lookalike"
    if not near:
        return "lookalike" if (cover < 0.6 or cover_c < 0.35) else "unsure"
    if person is True and one_each and m["content_a"] >= 2 and days <= 7 and spread <= 2:
        return "same"
    return "unsure"


def phrase_spread(words, joined, cache={}):
    """In how many articles' gold quotes the words stand together."""
    key = " " + " ".join(words) + " "
    if key not in cache:
        cache[key] = len({ai for ai, t in joined if key in t})
    return cache[key]


def date(article):
    try:
        return datetime.date.fromisoformat(article.get("date") or "")
    except ValueError:
        return datetime.date(2016, 1, 1)


def load(data):
    arts = []
    for f in FILES:
        p = Path(data) / f
        with open(p, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    arts.append(json.loads(line))
    return arts


def build(arts):
    quotes = []
    for ai, a in enumerate(arts):
        qs = []
        for qi, g in enumerate(a["quotes"]):
            assert a["text"][g["start"]:g["end"]] == g["text"], (a["id"], g["start"])
            if g["kind"] not in ("direct", "partial"):
                continue
            q = Quote(ai, qi, g)
            qs.append((q, g))
        resolve_speakers(qs)
        quotes.extend(q for q, _ in qs if len(q.words) >= 3)
    # Every gold quote's words (short ones too), for how widely a phrase is quoted.
    joined = [(ai, " " + " ".join(norm_tokens(g["text"])) + " ")
              for ai, a in enumerate(arts) for g in a["quotes"]]
    # Candidate pairs.
    tri = collections.defaultdict(set)
    bi = collections.defaultdict(set)
    for k, q in enumerate(quotes):
        w = q.words
        # Only triples with a meaning word: pairs that share nothing but "going to be" or
        # "a lot of" are look-alikes no aligner would try, and would only swell the file.
        for t in set(zip(w, w[1:], w[2:])):
            if any(is_content(x) for x in t):
                tri[t].add(k)
        for t in set(zip(w, w[1:])):
            if is_content(t[0]) and is_content(t[1]):
                bi[t].add(k)
    pairs = set()
    for post in tri.values():
        post = sorted(post)
        for x in range(len(post)):
            for y in range(x + 1, len(post)):
                i, j = post[x], post[y]
                if quotes[i].art != quotes[j].art:
                    pairs.add((i, j))
    for post in bi.values():
        post = sorted(post)
        for x in range(len(post)):
            for y in range(x + 1, len(post)):
                i, j = post[x], post[y]
                if quotes[i].art != quotes[j].art and min(
                        len(quotes[i].words), len(quotes[j].words)) <= 5:
                    pairs.add((i, j))
    rows = []
    for i, j in sorted(pairs):
        qa, qb = quotes[i], quotes[j]
        # Order the pair by article order in the files, then position.
        if (qa.art, qa.start) > (qb.art, qb.start):
            qa, qb = qb, qa
        a, b = (qa.words, qb.words) if len(qa.words) <= len(qb.words) else (qb.words, qa.words)
        m = measure(a, b)
        person = same_person(qa.names, qb.names)
        # Speakers are told apart for `lookalike` only on their mentions' own names: a pronoun
        # resolved to the nearest earlier speaker is good enough to confirm one person, or to
        # withhold `same`, not to call two quotes different statements.
        apart = person is False and qa.named and qb.named
        one_each = all(q.names and len(surnames(q.names)) == 1 for q in (qa, qb))
        days = abs((date(arts[qa.art]) - date(arts[qb.art])).days)
        spread = phrase_spread(a, joined) if len(a) <= 5 else 0
        lab = label(a, b, m, person, apart, one_each, days, spread)
        ident = int(qa.words == qb.words)
        rows.append((lab, ident, qa, qb, m, person))
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    here = Path(__file__).resolve().parent.parent
    ap.add_argument("--data", default="/work/shared/eval")
    ap.add_argument("--out", default=str(here / "fixtures" / "eval" / "polnear-pairs.tsv"))
    ap.add_argument("--show", nargs=2, metavar=("LABEL", "N"),
                    help="print N random pairs of LABEL with their text (terminal only)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--where", help="with --show: a Python condition on s, l, m, person, ident")
    args = ap.parse_args()
    arts = load(args.data)
    rows = build(arts)
    if args.show:
        lab, n = args.show[0], int(args.show[1])
        sel = [r for r in rows if r[0] == lab or lab == "any"]
        if args.where:
            sel = [r for r in sel if eval(args.where, {}, {
                "s": min(len(r[2].words), len(r[3].words)),
                "l": max(len(r[2].words), len(r[3].words)),
                "m": r[4], "person": r[5], "ident": r[1], "lab": r[0]})]
        random.seed(args.seed)
        print(f"{len(sel)} pairs")
        for k, (lab_, ident, qa, qb, m, person) in enumerate(
                random.sample(sel, min(n, len(sel)))):
            print(f"#{k} {lab_} ident={ident} person={person} run={m['run']} "
                  f"chain={m['chain']} cover={m['cover']:.2f} "
                  f"| {qa.speaker!r}->{sorted(qa.names or [])} / "
                  f"{qb.speaker!r}->{sorted(qb.names or [])}")
            print(f"   A {arts[qa.art]['id']} {qa.start}: {qa.text[:400]}")
            print(f"   B {arts[qb.art]['id']} {qb.start}: {qb.text[:400]}")
        return
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    counts = collections.Counter()
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("# label\tidentical\tarticle_a\tstart_a\tend_a\tarticle_b\tstart_b\tend_b\n")
        for lab, ident, qa, qb, m, person in rows:
            counts[lab] += 1
            counts[lab + "/identical"] += ident
            fh.write(f"{lab}\t{ident}\t{arts[qa.art]['id']}\t{qa.start}\t{qa.end}\t"
                     f"{arts[qb.art]['id']}\t{qb.start}\t{qb.end}\n")
    print(f"{len(rows)} candidate pairs -> {out}")
    for lab in ("same", "lookalike", "unsure"):
        print(f"  {lab:9} {counts[lab]:6}  (identical {counts[lab + '/identical']})")


if __name__ == "__main__":
    sys.exit(main())
