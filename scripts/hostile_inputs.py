#!/usr/bin/env python3
"""Runs verbatim on the largest hostile inputs we know of and prints, for each, the CPU time
(user + system: on a busy machine the wall time says more about the other work than about
verbatim), the wall time, the peak memory and the exit code as a Markdown table
(docs/RELIABILITY.md).

Every input is generated into a temporary directory (nothing is committed):

  extract, one paragraph (no line break) of 10 MB:
    quoted-sentences   “…,” she said. He added that the plan was “dangerous.” (many quotations)
    unclosed-marks     every kind of quote mark opened, none closed
    deepening-nest     marks of alternating families nested ever deeper, never closed
    closed-nest        “a ‘b’ c”: nested quotations that close
    stops              a.a.a.a…: full stops with no space (sentence ends at every byte pair)
    one-word           a single 10 MB word
    names              capitalised names and titles only (the speaker registry's worst case)
  extract, one sentence before one quotation:
    chain              "the aide for the aide for … said, "x"", 20,000 links: a description's
                       complements chained (once a stack overflow: a complement read inside a
                       complement, one level a link)
  extract, other shapes:
    new-names          "Émile1 arrived. Ödön1 Ürgé left. …" 40,000 times, one quotation at the
                       end: every sentence names someone new, all of one surname (once
                       quadratic: each name weighed against every person of the surname)
    one-sentence-and   "With Ann Lee0 and Bob Kim1 and … met." (2 MB), then a quotation: one
                       sentence of 140,000 names (once quadratic: at each name the sentence's
                       names were read again, and the first line searched for its end)
    one-sentence-comma the same with ", " between the names
    long-lines-50MB    news text (fixtures/seeds) repeated to 50 MB as one file
    binary-10MB        random bytes (not UTF-8): refused with exit 2, never read as text
  saved pages (scripts/hostile_pages.py): big (5 MB article), nested (100,000 divs),
    attr (one 10 MB attribute), attrs (100,000 attributes)
  compare: two copies of a 1.8 MB article holding 50,000 quotations

Where a tenth of the input is run too, the last column is the growth of the CPU time (x10 is
linear, x100 quadratic).

Usage: scripts/hostile_inputs.py [VERBATIM]   (default: target/release/verbatim)
Needs GNU time (/usr/bin/time). Each run is stopped after 300 s.
"""
import os
import random
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "target/release/verbatim")
MB = 1_000_000
LIMIT = 300


def repeat(pattern, size):
    n = size // len(pattern.encode()) + 1
    return (pattern * n)[: size]


def write(dir, name, text):
    path = os.path.join(dir, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def measure(args):
    """(CPU seconds, wall seconds, peak MB, exit code) of one run, None after LIMIT seconds."""
    with tempfile.NamedTemporaryFile("r") as log:
        try:
            p = subprocess.run(
                ["/usr/bin/time", "-f", "%e %U %S %M", "-o", log.name, BIN] + args,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                timeout=LIMIT,
            )
        except subprocess.TimeoutExpired:
            return None
        wall, user, system, kb = log.read().split()[-4:]
        return float(user) + float(system), float(wall), int(kb) // 1024, p.returncode


def run(label, args, small_args=None):
    """Times one command and prints its row. With `small_args` (the same input at a tenth of
    its size) the CPU time's growth is printed too: linear is x10."""
    big = measure(args)
    if big is None:
        print(f"| {label} | – | > {LIMIT} | – | killed | – |", flush=True)
        return
    cpu, wall, mb, code = big
    growth = "–"
    if small_args is not None:
        small = measure(small_args)
        if small is not None and small[0] > 0:
            growth = f"x{cpu / small[0]:.1f}"
    print(f"| {label} | {cpu:.2f} | {wall:.2f} | {mb} | {code} | {growth} |", flush=True)


def main():
    if not os.path.exists(BIN):
        sys.exit(f"{BIN} not found: build it with `cargo build --release` first")
    with tempfile.TemporaryDirectory() as d:
        paragraph = {
            "quoted-sentences": "“We will not be on patrols,” she said. "
            "He added that the plan was “dangerous.” ",
            "unclosed-marks": "“ ‘ \" « „ ' a “b ’s ",
            "deepening-nest": "“a ‘b «c „d ‹e \"f 'g ",
            "closed-nest": "“a ‘b’ c” ",
            "stops": "a.",
            "one-word": "a",
            "names": "President Claudia Sheinbaum, Mr. Lukas Brunner and Sen. Anna Brunner ",
        }
        print("| input | CPU s | wall s | peak MB | exit | growth from a tenth |")
        print("|---|---:|---:|---:|---|---|")
        for name, pattern in paragraph.items():
            path = write(d, f"{name}.txt", repeat(pattern, 10 * MB))
            tenth = write(d, f"{name}-tenth.txt", repeat(pattern, MB))
            run(f"extract {name} (10 MB, one paragraph)", ["extract", "--format", "jsonl", path],
                ["extract", "--format", "jsonl", tenth])
        def chain(links):
            return "the aide" + " for the aide" * links + ' said, "x"\n'
        path = write(d, "chain.txt", chain(20_000))
        tenth = write(d, "chain-tenth.txt", chain(2_000))
        run("extract chain of 20,000 complements (260 KB, one sentence)",
            ["extract", "--format", "jsonl", path], ["extract", "--format", "jsonl", tenth])
        def new_names(n):
            # Every sentence names someone new, in non-ASCII letters, all of one surname:
            # quadratic once (each name weighed against every person of the surname).
            return "".join(f"Émile{i} arrived. Ödön{i} Ürgé left. " for i in range(n)) + \
                '"We are here," Émile0 said.\n'
        path = write(d, "new-names.txt", new_names(40_000))
        tenth = write(d, "new-names-tenth.txt", new_names(4_000))
        run("extract 80,000 new names, 40,000 of one surname (1.4 MB)",
            ["extract", "--format", "jsonl", path], ["extract", "--format", "jsonl", tenth])
        def one_sentence(size, sep):
            given = ["Ann", "Bob", "Carla", "Dario", "Eve", "Farid", "Gita", "Hugo", "Ines", "Jun"]
            family = ["Lee", "Kim", "Okafor", "Silva", "Novak", "Tanaka", "Haddad", "Mensah"]
            names, n, i = [], 0, 0
            while n < size:
                names.append(f"{given[i % 10]} {family[i // 10 % 8]}{i}")
                n += len(names[-1]) + len(sep)
                i += 1
            return "With " + sep.join(names) + " met.\n“We will go,” she said.\n"
        for label, sep in [("and", " and "), ("comma", ", ")]:
            path = write(d, f"one-sentence-{label}.txt", one_sentence(2 * MB, sep))
            tenth = write(d, f"one-sentence-{label}-tenth.txt", one_sentence(MB // 5, sep))
            run(f"extract one sentence of names joined by '{sep.strip()}' (2 MB)",
                ["extract", "--format", "jsonl", path], ["extract", "--format", "jsonl", tenth])
        seeds = os.path.join(ROOT, "fixtures/seeds")
        news = "\n\n".join(
            open(os.path.join(seeds, f), encoding="utf-8").read()
            for f in sorted(os.listdir(seeds))
            if f.endswith(".txt")
        )
        path = write(d, "news.txt", repeat(news + "\n\n", 50 * MB))
        tenth = write(d, "news-tenth.txt", repeat(news + "\n\n", 5 * MB))
        run("extract news text (50 MB, one file)", ["extract", "--format", "jsonl", path],
            ["extract", "--format", "jsonl", tenth])
        rng = random.Random(1)
        path = os.path.join(d, "binary.txt")
        with open(path, "wb") as f:
            f.write(rng.randbytes(10 * MB))
        run("extract random bytes (10 MB)", ["extract", path])
        pages = os.path.join(d, "pages")
        subprocess.run([sys.executable, os.path.join(ROOT, "scripts/hostile_pages.py"), pages],
                       check=True)
        for page, what in [("big", "5 MB article"), ("nested", "100,000 nested divs"),
                           ("attr", "one 10 MB attribute"), ("attrs", "100,000 attributes")]:
            run(f"extract page: {what}", ["extract", os.path.join(pages, f"{page}.html")])
        def quotes(n):
            return "".join(f"“Line {i} is true,” she said. " for i in range(n))
        a = write(d, "a.txt", quotes(50_000))
        b = write(d, "b.txt", quotes(50_000))
        a10 = write(d, "a10.txt", quotes(5_000))
        b10 = write(d, "b10.txt", quotes(5_000))
        run("compare two copies (1.8 MB, 50,000 quotations each)",
            ["compare", "--format", "json", a, b], ["compare", "--format", "json", a10, b10])


if __name__ == "__main__":
    main()
