#!/usr/bin/env python3
"""Scores `codesearch eval --search-only --json` reports and sorts their top-5 misses by pattern.

Usage: top5-misses.py [--order-file icd10cm-order-2026.txt] [--show] SET.jsonl=REPORT.json ...

A set named with `:work` (SET.jsonl:work=REPORT.json) is cut to its odd lines (the work half); `:check` to its even
lines (the check half), which is only scored: its misses are never classified nor printed; `:all` is the whole of a
set that has a check half, scored only as well.

Patterns of a top-5 miss (first that applies):
  empty      the search returned nothing
  short      it returned 1-4 codes
  crowded    4 or more of the 5 share one category (ICD-10-CM: 3 characters; ICD-10-PCS: 3) that holds no gold code
  category   a gold code's category is listed but not the gold code (a sibling or the header came instead)
  header     a header (ICD-10-CM: not reportable in the order file; ICD-10-PCS: fewer than 7 characters) is listed
  other      none of the above
"""
import collections
import json
import sys


def load_headers(path):
    headers = set()
    if path:
        with open(path, encoding="latin-1") as f:
            for line in f:
                code, flag = line[6:13].strip(), line[14:15]
                if flag == "0":
                    headers.add(code)
    return headers


def norm(code):
    return code.replace(".", "").upper()


def category(code, system):
    return norm(code)[:3]


def is_header(code, system, headers):
    c = norm(code)
    if system == "ICD-10-PCS":
        return len(c) < 7
    if system == "ICD-10-CM":
        return c in headers if headers else len(c) == 3
    return False


def hit(preds, gold, k):
    return any(norm(p).startswith(norm(g)) for p in preds[:k] for g in gold)


def classify(preds, gold, system, headers):
    if not preds:
        return "empty"
    if len(preds) < 5:
        return "short"
    gold_cats = {category(g, system) for g in gold}
    cats = collections.Counter(category(p, system) for p in preds[:5])
    top_cat, n = cats.most_common(1)[0]
    if system != "HCPCS" and n >= 4 and top_cat not in gold_cats:
        return "crowded"
    if system != "HCPCS" and gold_cats & set(cats):
        return "category"
    if any(is_header(p, system, headers) for p in preds[:5]):
        return "header"
    return "other"


def main(argv):
    order, show, specs = None, False, []
    it = iter(argv)
    for a in it:
        if a == "--order-file":
            order = next(it)
        elif a == "--show":
            show = True
        else:
            specs.append(a)
    headers = load_headers(order)
    totals = collections.Counter()
    print(f"{'set':32} {'rows':>5} {'top-1':>6} {'top-5':>6}  misses by pattern")
    for spec in specs:
        name, report = spec.split("=", 1)
        path, _, half = name.partition(":")
        docs = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
        rows = {r["id"]: r for r in json.load(open(report))["report"]["rows"]}
        if half == "work":
            docs = docs[0::2]
        elif half == "check":
            docs = docs[1::2]
        t1 = t5 = 0
        pats = collections.Counter()
        shown = []
        for d in docs:
            r = rows[d["id"]]
            preds, gold = r["search"] or [], d["gold"]
            t1 += hit(preds, gold, 1)
            if hit(preds, gold, 5):
                t5 += 1
                continue
            if half in ("check", "all"):
                continue
            p = classify(preds, gold, d["system"], headers)
            pats[p] += 1
            shown.append((p, d["text"], gold, preds))
        n = len(docs)
        label = name.split("/")[-1].replace("everyday-queries-", "")
        summary = " ".join(f"{k}={v}" for k, v in sorted(pats.items())) if half not in ("check", "all") else "(scored only)"
        print(f"{label:32} {n:5} {t1 / n:6.3f} {t5 / n:6.3f}  {summary}")
        if half not in ("check", "all"):
            totals.update(pats)
        if show:
            for p, text, gold, preds in sorted(shown):
                print(f"    {p:9} {text!r:40} gold={','.join(gold)} got={','.join(preds)}")
    print("all tunable misses: " + " ".join(f"{k}={v}" for k, v in sorted(totals.items())))


if __name__ == "__main__":
    main(sys.argv[1:])
