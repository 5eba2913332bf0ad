"""Eval: score the mapper's incident sites against annotated gold.

A gold file (format ``incident-mapper-gold/1``, see ``docs/eval.md``) lists,
per document, the incident sites a careful analyst would map, each with a
sourced coordinate and a tolerance, and the places the text names that are
*not* incident sites.  :func:`evaluate` runs every document through the same
:func:`geo.pipeline.process_document` a build uses and compares places, not
incidents: several incidents at one place are one predicted site, because
the question a user asks of the map is "are the pins in the right places?".

Matching is one-to-one and greedy by distance: the closest (gold site,
predicted site) pair within the gold site's tolerance is matched first.
Unmatched predictions are false positives; those that fall on a listed
non-site are reported by name, since they show what the extractor mistakes
for an incident site.
"""

from __future__ import annotations

import json
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path

from geo.errors import GoldError
from geo.places.gazetteer import Gazetteer

FORMAT = "incident-mapper-gold/1"
KINDS = ("landmark", "neighbourhood", "locality", "region", "country")
#: Distances at which accuracy is reported: a building, a neighbourhood, and
#: the 161 km (100 miles) that geoparsing papers use.
THRESHOLDS_KM = (1.0, 5.0, 161.0)


@dataclass(frozen=True)
class GoldSite:
    name: str
    kind: str
    lat: float
    lon: float
    tolerance_km: float
    source: str = ""
    quote: str = ""


@dataclass(frozen=True)
class GoldDocument:
    id: str
    file: str
    language: str
    sites: tuple[GoldSite, ...]
    non_sites: tuple[GoldSite, ...]
    headline: str = ""
    url: str = ""


@dataclass(frozen=True)
class Predicted:
    """One predicted incident site: a distinct place of a document's incidents."""

    name: str
    lat: float
    lon: float
    precision: str
    quote: str


@dataclass
class DocumentScore:
    gold: GoldDocument
    predicted: list[Predicted]
    matches: list[tuple[GoldSite, Predicted, float]] = field(default_factory=list)
    missed: list[tuple[GoldSite, Predicted | None, float | None]] = field(default_factory=list)
    false_sites: list[tuple[Predicted, GoldSite | None]] = field(default_factory=list)
    nearest_km: list[tuple[GoldSite, float | None]] = field(default_factory=list)
    error: str | None = None


@dataclass
class EvalReport:
    documents: list[DocumentScore]
    seconds: float

    # -- aggregate figures ------------------------------------------------
    @property
    def gold_sites(self) -> int:
        return sum(len(d.gold.sites) for d in self.documents)

    @property
    def predicted_sites(self) -> int:
        return sum(len(d.predicted) for d in self.documents)

    @property
    def true_positives(self) -> int:
        return sum(len(d.matches) for d in self.documents)

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted_sites if self.predicted_sites else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold_sites if self.gold_sites else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, km: float, kind: str | None = None) -> tuple[int, int]:
        """(gold sites with a predicted site within ``km``, gold sites), for one kind or all."""
        pairs = [(s, d) for doc in self.documents for s, d in doc.nearest_km if kind is None or s.kind == kind]
        return sum(1 for _, d in pairs if d is not None and d <= km), len(pairs)

    def errors_km(self) -> list[float]:
        """Distance from each matched gold site to its predicted site."""
        return [d for doc in self.documents for _, _, d in doc.matches]

    def non_sites_mapped(self) -> list[tuple[GoldDocument, Predicted, GoldSite]]:
        return [(doc.gold, p, n) for doc in self.documents for p, n in doc.false_sites if n is not None]

    def summary(self) -> dict:
        errors = self.errors_km()
        landmarks_ok, landmarks = self.accuracy(1.0, "landmark")
        return {
            "documents": len(self.documents),
            "gold_sites": self.gold_sites,
            "predicted_sites": self.predicted_sites,
            "matched": self.true_positives,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "accuracy": {f"{km:g}km": _ratio(*self.accuracy(km)) for km in THRESHOLDS_KM},
            "landmarks_within_1km": _ratio(landmarks_ok, landmarks),
            "by_kind": {kind: {"gold": self.accuracy(1e9, kind)[1],
                               "matched": sum(1 for d in self.documents for s, _, _ in d.matches if s.kind == kind)}
                        for kind in KINDS},
            "mean_error_km": round(statistics.fmean(errors), 3) if errors else None,
            "median_error_km": round(statistics.median(errors), 3) if errors else None,
            "non_sites_mapped": len(self.non_sites_mapped()),
            "documents_failed": sum(1 for d in self.documents if d.error),
            "seconds": round(self.seconds, 3),
            "documents_per_second": round(len(self.documents) / self.seconds, 1) if self.seconds else None,
        }


def _ratio(hits: int, total: int) -> dict:
    return {"hits": hits, "total": total, "share": round(hits / total, 4) if total else None}


# -- reading gold -------------------------------------------------------------

def load_gold(path: Path | str) -> list[GoldDocument]:
    """Read and check a gold file; every problem names the document and field."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise GoldError(path, "no such file") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        line = getattr(exc, "lineno", None)
        raise GoldError(path, f"not valid JSON ({getattr(exc, 'msg', exc)})", line=line) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise GoldError(path, f"'format' must be '{FORMAT}'")
    docs = data.get("documents")
    if not isinstance(docs, list):
        raise GoldError(path, "'documents' must be a list")
    out: list[GoldDocument] = []
    seen: set[str] = set()
    for i, doc in enumerate(docs):
        where = f"documents[{i}]"
        if not isinstance(doc, dict):
            raise GoldError(path, "must be an object", field=where)
        for key in ("id", "file"):
            if not isinstance(doc.get(key), str) or not doc[key].strip():
                raise GoldError(path, "missing or empty", field=f"{where}.{key}")
        if doc["id"] in seen:
            raise GoldError(path, f"duplicate id '{doc['id']}'", field=f"{where}.id")
        seen.add(doc["id"])
        sites = tuple(_site(path, f"{where}.sites[{j}]", s, need_kind=True) for j, s in enumerate(_list(path, doc, "sites", where)))
        non_sites = tuple(_site(path, f"{where}.non_sites[{j}]", s, need_kind=False)
                          for j, s in enumerate(_list(path, doc, "non_sites", where)))
        out.append(GoldDocument(doc["id"], doc["file"], str(doc.get("language") or "en"), sites, non_sites,
                                str(doc.get("headline") or ""), str(doc.get("url") or "")))
    return out


def _list(path: Path, doc: dict, key: str, where: str) -> list:
    value = doc.get(key, [])
    if not isinstance(value, list):
        raise GoldError(path, "must be a list", field=f"{where}.{key}")
    return value


def _site(path: Path, where: str, item, *, need_kind: bool) -> GoldSite:
    if not isinstance(item, dict):
        raise GoldError(path, "must be an object", field=where)
    name = item.get("name")
    if not isinstance(name, str) or not name.strip():
        raise GoldError(path, "missing or empty", field=f"{where}.name")
    kind = item.get("kind", "locality" if not need_kind else None)
    if kind not in KINDS:
        raise GoldError(path, f"{kind!r} is not one of {', '.join(KINDS)}", field=f"{where}.kind")
    values = {}
    for key, low, high in (("lat", -90, 90), ("lon", -180, 180), ("tolerance_km", 0, 20000)):
        value = item.get(key)
        if need_kind or key != "tolerance_km" or value is not None:
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
                raise GoldError(path, f"{value!r} is not a number in {low}..{high}", field=f"{where}.{key}")
        values[key] = value
    if not need_kind and item.get("lat") is None:
        raise GoldError(path, "a non-site needs a coordinate", field=f"{where}.lat")
    return GoldSite(name.strip(), kind, float(values["lat"]), float(values["lon"]),
                    float(values["tolerance_km"] if values["tolerance_km"] is not None else 25.0),
                    str(item.get("source") or ""), str(item.get("quote") or ""))


# -- scoring ------------------------------------------------------------------

def predicted_sites(incidents) -> list[Predicted]:
    """Distinct places of a document's incidents, first quote kept.

    Incidents at the same point are one predicted site: the place itself
    and an approximate facility placed at it ("a police station in
    Gressier") are one pin on the map.
    """
    out: dict[tuple[float, float], Predicted] = {}
    for incident in incidents:
        quote = incident.quotes[0]["sentence"] if incident.quotes else ""
        out.setdefault((round(incident.lat, 4), round(incident.lon, 4)), Predicted(incident.place, incident.lat, incident.lon,
                                                    incident.precision, quote))
    return list(out.values())


def score_document(gold: GoldDocument, predicted: list[Predicted]) -> DocumentScore:
    """Match one document's predicted sites to its gold sites."""
    score = DocumentScore(gold, predicted)
    pairs = sorted(((_km(g, p), gi, pi) for gi, g in enumerate(gold.sites) for pi, p in enumerate(predicted)),
                   key=lambda t: t[0])
    used_g: set[int] = set()
    used_p: set[int] = set()
    for km, gi, pi in pairs:
        if gi in used_g or pi in used_p or km > gold.sites[gi].tolerance_km:
            continue
        used_g.add(gi)
        used_p.add(pi)
        score.matches.append((gold.sites[gi], predicted[pi], km))
    for gi, site in enumerate(gold.sites):
        nearest = min(((_km(site, p), p) for p in predicted), default=(None, None), key=lambda t: t[0])
        score.nearest_km.append((site, nearest[0]))
        if gi not in used_g:
            score.missed.append((site, nearest[1], nearest[0]))
    for pi, p in enumerate(predicted):
        if pi in used_p:
            continue
        on = min(((_km(n, p), n) for n in gold.non_sites if _km(n, p) <= n.tolerance_km),
                 default=(None, None), key=lambda t: t[0])[1]
        score.false_sites.append((p, on))
    return score


def _km(a, b) -> float:
    from geo.places.query import distance_km

    return distance_km(a, b)


def evaluate(gold: list[GoldDocument], docs_dir: Path | str, gazetteer: Gazetteer | None = None) -> EvalReport:
    """Run every gold document through the pipeline and score it.

    A document that cannot be read is scored as predicting nothing and
    keeps its error, so one missing text does not hide the others' scores.
    """
    from geo.errors import GeoError
    from geo.pipeline import process_document
    from geo.places.gazetteer import load_default
    from geo.text.documents import read_document

    docs_dir = Path(docs_dir)
    gazetteer = gazetteer or load_default()
    scores: list[DocumentScore] = []
    started = time.perf_counter()
    for doc in gold:
        try:
            document = read_document(docs_dir / doc.file, docs_dir)
        except (GeoError, OSError) as exc:
            score = score_document(doc, [])
            score.error = str(exc)
            scores.append(score)
            continue
        result = process_document(document, gazetteer)
        scores.append(score_document(doc, predicted_sites(result.incidents)))
    return EvalReport(scores, time.perf_counter() - started)


# -- reporting ----------------------------------------------------------------

def format_report(report: EvalReport, *, verbose: bool = False) -> str:
    """The human-readable report ``incident-map eval`` prints."""
    s = report.summary()
    lines = [
        f"{s['documents']} documents, {s['gold_sites']} gold sites, {s['predicted_sites']} predicted sites, "
        f"{s['matched']} matched within tolerance",
        f"precision {_pct(s['precision'])}  recall {_pct(s['recall'])}  F1 {_pct(s['f1'])}",
        "accuracy  " + "  ".join(f"@{k} {_pct(v['share'])} ({v['hits']}/{v['total']})" for k, v in s["accuracy"].items()),
        f"landmark sites within 1 km: {_pct(s['landmarks_within_1km']['share'])} "
        f"({s['landmarks_within_1km']['hits']}/{s['landmarks_within_1km']['total']})",
        "matched by kind: " + ", ".join(f"{k} {v['matched']}/{v['gold']}" for k, v in s["by_kind"].items() if v["gold"]),
        f"error of matched sites: mean {_km_text(s['mean_error_km'])}, median {_km_text(s['median_error_km'])}",
        f"{s['documents_per_second']} documents per second ({s['seconds']} s)",
    ]
    mapped = report.non_sites_mapped()
    lines.append(f"non-sites mapped as incident sites: {len(mapped)}")
    for gold, p, n in mapped:
        lines.append(f"  {gold.id}: {n.name} (mapped as {p.name})")
    failed = [d for d in report.documents if d.error]
    for d in failed:
        lines.append(f"  could not read {d.gold.id}: {d.error}")
    if verbose:
        for d in report.documents:
            lines.append("")
            lines.append(f"== {d.gold.id} ({len(d.matches)}/{len(d.gold.sites)} sites, "
                         f"{len(d.false_sites)} false)")
            for g, p, km in d.matches:
                lines.append(f"  ok     {g.name} [{g.kind}] <- {p.name} ({km:.2f} km)")
            for g, p, km in d.missed:
                near = f"nearest {p.name} at {km:.1f} km" if p is not None else "nothing predicted"
                lines.append(f"  MISSED {g.name} [{g.kind}, ±{g.tolerance_km:g} km]: {near}")
            for p, n in d.false_sites:
                what = f"non-site {n.name}" if n else "not in gold"
                lines.append(f"  FALSE  {p.name} [{p.precision}] ({what}): {p.quote[:140]}")
    return "\n".join(lines)


def _pct(share: float | None) -> str:
    return "n/a" if share is None else f"{100 * share:.1f}%"


def _km_text(km: float | None) -> str:
    return "n/a" if km is None else f"{km:.2f} km"


def report_json(report: EvalReport) -> dict:
    """The ``--json`` form: the summary plus per-document detail."""
    def p(x: Predicted | None):
        return None if x is None else {"name": x.name, "lat": x.lat, "lon": x.lon, "precision": x.precision}
    return {
        "summary": report.summary(),
        "documents": [{
            "id": d.gold.id,
            "error": d.error,
            "matched": [{"gold": g.name, "kind": g.kind, "predicted": p(x), "km": round(km, 3)} for g, x, km in d.matches],
            "missed": [{"gold": g.name, "kind": g.kind, "nearest": p(x), "km": None if km is None else round(km, 3)}
                       for g, x, km in d.missed],
            "false_sites": [{"predicted": p(x), "non_site": n.name if n else None, "quote": x.quote}
                            for x, n in d.false_sites],
        } for d in report.documents],
    }
