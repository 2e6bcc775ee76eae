"""One term for one thing: no Latvian translation uses a variant the glossary (docs/glossary.md) retired."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GLOSSARY = ROOT / "docs" / "glossary.md"
TS_DIR = ROOT / "resources" / "translations" / "lv"
WORD = r"[\wāčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ]"
PLACEHOLDER = re.compile(r"\{[^}]*\}|%\d|%n")


@dataclass(frozen=True)
class Rule:
    term: str
    retired: list[tuple[str, re.Pattern[str]]]
    approved: re.Pattern[str] | None
    only_when_english: re.Pattern[str] | None


def variant_pattern(variant: str) -> re.Pattern[str]:
    """`īrniek*` → a word starting with "īrniek"; `=Reģ. nr.` → as written, capitals included."""
    case_sensitive = variant.startswith("=")
    text = variant.removeprefix("=")
    body = "".join(f"{WORD}*" if char == "*" else r"\s+" if char == " " else re.escape(char) for char in text)
    return re.compile(rf"(?<!{WORD}){body}(?!{WORD})", 0 if case_sensitive else re.IGNORECASE)


def glossary_rules() -> list[Rule]:
    lines = GLOSSARY.read_text(encoding="utf-8").splitlines()
    start = next(index for index, line in enumerate(lines) if line.startswith("| English |"))
    rules = []
    for line in lines[start + 2:]:
        if not line.startswith("|"):
            break
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        assert len(cells) == 6, f"glossary row has {len(cells)} cells, not 6: {line}"
        english, _latvian, _gender, retired, approved, only_when = cells
        variants = re.findall(r"`([^`]+)`", retired)
        approved_variants = re.findall(r"`([^`]+)`", approved)
        rules.append(Rule(
            term=english,
            retired=[(variant, variant_pattern(variant)) for variant in variants],
            approved=variant_pattern(approved_variants[0]) if approved_variants else None,
            only_when_english=re.compile(rf"\b{re.escape(only_when)}\b", re.IGNORECASE) if only_when else None,
        ))
    return rules


def latvian_translations() -> list[tuple[str, str, str]]:
    """(file name, English source, Latvian text) of every translation; each plural form separately."""
    found = []
    for ts_file in sorted(TS_DIR.glob("*.ts")):
        for message in ElementTree.parse(ts_file).getroot().iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            if translation is None:
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
            found.extend((ts_file.name, source, form) for form in forms if form)
    return found


def offences(rules: list[Rule], translations: list[tuple[str, str, str]]) -> list[str]:
    found = []
    for file_name, source, latvian in translations:
        english = PLACEHOLDER.sub(" ", source)
        for rule in rules:
            if rule.only_when_english and not rule.only_when_english.search(english):
                continue
            text = rule.approved.sub(" ", latvian) if rule.approved else latvian
            for variant, pattern in rule.retired:
                for match in pattern.finditer(text):
                    found.append(f"{file_name}: {source!r} → {latvian!r}: „{match.group(0)}” "
                                 f"(retired {variant} for {rule.term})")
    return found


def test_the_glossary_has_the_drifting_terms_of_the_centre() -> None:
    rules = glossary_rules()
    assert len(rules) >= 21
    assert sum(1 for rule in rules if rule.retired) >= 20


def test_a_retired_variant_is_found_in_its_inflections_and_not_inside_other_words() -> None:
    rules = glossary_rules()
    sample = [("x.ts", "Tenants now", "Pašreizējie īrnieki"), ("x.ts", "Tenant", "Nomnieks"),
              ("x.ts", "Previous month", "Iepriekšējais mēnesis"), ("x.ts", "Provisional", "Iepriekšēja"),
              ("x.ts", "Stall plan", "Tirdzniecības vietu plāns"), ("x.ts", "Plan", "Vietu plāns"),
              ("x.ts", "Registration no.", "Reģ. nr."), ("x.ts", "Reg. No.", "Reģ. Nr."),
              ("x.ts", "Report", "Pārskats")]
    found = offences(rules, sample)
    assert [line.split(":")[1].strip() for line in found] == ["'Tenants now' → 'Pašreizējie īrnieki'",
                                                             "'Provisional' → 'Iepriekšēja'",
                                                             "'Plan' → 'Vietu plāns'",
                                                             "'Registration no.' → 'Reģ. nr.'"]


def test_no_latvian_translation_uses_a_retired_variant() -> None:
    found = offences(glossary_rules(), latvian_translations())
    assert found == [], "Retired variants (see docs/glossary.md):\n" + "\n".join(found)


def test_latvian_translations_quote_with_latvian_quotation_marks() -> None:
    found = [f"{file_name}: {source!r} → {latvian!r}" for file_name, source, latvian in latvian_translations()
             if "“" in latvian]
    assert found == [], "Use „…” in Latvian, not “…”:\n" + "\n".join(found)
