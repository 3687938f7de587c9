"""One Chinese term for each concept: resources/translations/terms_zh.toml lists what to use and what to avoid."""

from __future__ import annotations

import html
import re
import tomllib
from pathlib import Path
from typing import Any

from core.paths import data_directory, resources_directory

TERMS = resources_directory() / "translations" / "terms_zh.toml"
#: Chinese fields that quote the article as printed: its words stay its own.
QUOTES = {"claim_zh", "article_zh"}


def _chinese_texts() -> list[tuple[str, str]]:
    """(where, text) for every Chinese translation and every Chinese field of the data."""
    ts = (resources_directory() / "translations" / "ai_energy_zh_CN.ts").read_text(encoding="utf-8")
    texts = [("ai_energy_zh_CN.ts", html.unescape(t)) for t in re.findall(r"<(?:translation|numerusform)>([^<]*)<", ts)]
    for path in sorted(Path(data_directory()).glob("*.toml")):
        texts += [(f"{path.name}: {key}", value) for key, value in _zh_fields(tomllib.loads(path.read_text("utf-8")))]
    return texts


def _zh_fields(node: Any) -> list[tuple[str, str]]:
    """Every (key, text) of a Chinese field in a parsed TOML document."""
    if isinstance(node, dict):
        found = []
        for key, value in node.items():
            if isinstance(value, str) and key.endswith("_zh") and key not in QUOTES:
                found.append((key, value))
            else:
                found += _zh_fields(value)
        return found
    if isinstance(node, list):
        return [pair for item in node for pair in _zh_fields(item)]
    return []


def test_every_concept_has_one_term() -> None:
    terms = tomllib.loads(TERMS.read_text(encoding="utf-8"))["term"]
    assert len(terms) >= 10
    texts = _chinese_texts()
    assert len(texts) > 300  # the translations and the data were read
    found = [
        (term["use"], avoid, where, text[:60])
        for term in terms
        for avoid in term["avoid"]
        for where, text in texts
        if re.search(avoid, text)
    ]
    assert found == []


def test_the_check_catches_a_forbidden_term() -> None:
    terms = tomllib.loads(TERMS.read_text(encoding="utf-8"))["term"]
    avoid = [pattern for term in terms for pattern in term["avoid"]]
    assert any(re.search(pattern, "采用哪个估计？") for pattern in avoid)
    assert any(re.search(pattern, "每次ChatGPT请求的能耗（de Vries，2023年）") for pattern in avoid)
    assert not any(re.search(pattern, "每天平均需要处理90亿次搜索请求") for pattern in avoid)
