"""Campaign files: the bundled one is complete in four languages; a bad one is explained."""

import tomllib
from pathlib import Path

import pytest

from kiosk import campaign as campaigns
from kiosk import datadir
from resources import resource_path

BUNDLED = resource_path(*datadir.BUNDLED_CAMPAIGN)


def test_the_bundled_campaign_is_complete_in_four_languages() -> None:
    camp = campaigns.load(BUNDLED, require_keys=False)
    assert camp.goal == 15_000
    assert camp.locales == ("az-Latn", "az-Cyrl", "ru", "en")
    assert camp.texts["en"].review == "original"
    for locale in ("az-Latn", "az-Cyrl", "ru"):
        assert camp.texts[locale].review == "awaiting native review"
    assert "ə" in camp.texts["az-Latn"].body
    assert "ә" in camp.texts["az-Cyrl"].body
    assert "мин" in camp.texts["ru"].body
    hashes = {t.sha256 for t in camp.texts.values()}
    assert len(hashes) == 4


def test_the_web_counter_is_the_goal_not_petition_text() -> None:
    camp = campaigns.load(BUNDLED, require_keys=False)
    for text in camp.texts.values():
        assert "0 have signed" not in text.body
        assert "15,000" not in text.body


def test_the_consent_names_the_operator_in_every_language() -> None:
    camp = campaigns.load(BUNDLED, require_keys=False)
    for text in camp.texts.values():
        assert set(text.consent) == set(campaigns.CONSENT_PARTS)
        assert all(text.consent.values())


def test_every_problem_is_listed(tmp_path: Path) -> None:
    doc = tomllib.loads(BUNDLED.read_text("utf-8"))
    del doc["text"]["ru"]["consent"]["withdraw"]
    doc["goal"] = -5
    doc["facts_as_of"] = "March 2021"
    with pytest.raises(campaigns.CampaignError) as exc:
        campaigns.parse(doc, "test", require_keys=True)
    problems = exc.value.problems
    assert "text.ru.consent.withdraw is missing" in problems
    assert "goal must be a whole number of signatures" in problems
    assert "facts_as_of must be a date like 2021-03 or 2021-03-15" in problems
    assert any(p.startswith("keys are missing") for p in problems)


def test_a_fingerprint_that_does_not_match_is_refused(tmp_path: Path) -> None:
    from kiosk import sealing
    from tests.conftest import write_campaign

    pair, count = sealing.generate("x25519"), sealing.generate("x25519")
    path = write_campaign(tmp_path / "c.toml", pair, count)
    text = path.read_text().replace(pair.fingerprint, "0" * 64)
    path.write_text(text)
    with pytest.raises(campaigns.CampaignError, match="fingerprint does not match"):
        campaigns.load(path)
