"""Accessibility checks with axe-core (vendored in tests/vendor/axe.min.js) on a page loaded in
a Selenium WebDriver: WCAG 2.0 and 2.1 levels A and AA, and axe's best practices; and one check
of our own axe does not make: controls that do different things under the same name.

The dashboard sends a strict Content-Security-Policy (``default-src 'none'``, no script-src).
It does not stop this helper, and nothing here relaxes it: WebDriver's ``execute_script`` runs
through the DevTools protocol (``Runtime.callFunctionOn``), which Chromium does not hold to the
page's CSP. The CSP governs what the page itself loads and runs, not what the automation client
evaluates. Checked with headless Chromium 156: axe injected this way loads and runs, while a
``<script>`` element added by the very same ``execute_script`` is still blocked ("Executing
inline script violates ... default-src 'none'"), so the page is tested as it is served, CSP in
force. axe adds no script elements, frames or network requests of its own that the CSP could
block. Should a future Chromium hold injected scripts to the CSP, ``axe`` would be undefined
after injection and ``violations`` says so; the way out then is
``driver.execute_cdp_cmd("Page.setBypassCSP", {"enabled": True})`` before loading the page.
"""

import functools
from pathlib import Path
from typing import Any

from selenium.webdriver.remote.webdriver import WebDriver

AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice")
SNIPPET = 160  # characters of a node's HTML shown in a report

# Runs in the page; arguments[0] are the tags, the last argument is WebDriver's callback.
_RUN = """
const done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
  .then(
    (results) => done({violations: results.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({
        target: n.target, html: n.html, summary: n.failureSummary || ''})),
    }))}),
    (error) => done({error: String(error && error.stack || error)}));
"""


# What a screen reader lists as buttons, links and form fields: each one's accessible name (as
# axe computes it) and what it acts on: where a link goes, where a button posts, which field of
# which form a field is. (A button's formAction is the page's own address when the button has
# no formaction attribute, so the form's action is read instead.)
_CONTROLS = """
const fieldLike = 'input:not([type=hidden]):not([type=submit]):not([type=button])'
  + ':not([type=reset]):not([type=image]), select, textarea';
axe.setup(document);
try {
  const found = [];
  for (const el of document.querySelectorAll(
      'a[href], button, input:not([type=hidden]), select, textarea')) {
    if (!axe.commons.dom.isVisibleToScreenReaders(el)) continue;
    const form = el.form;
    const posts = form ? form.method + ' ' + form.action : '';
    const field = el.matches(fieldLike);
    const acts = el.tagName === 'A' ? el.href
      : field ? posts + ' field ' + el.name
      : (el.hasAttribute('formmethod') ? el.formMethod : form ? form.method : '') + ' '
        + (el.hasAttribute('formaction') ? el.formAction : form ? form.action : '');
    const tag = el.tagName.toLowerCase();
    const action = form && form.getAttribute('action');
    const target = el.id ? '#' + el.id
      : el.tagName === 'A' ? `a[href="${el.getAttribute('href')}"]`
      : (action ? `form[action="${action}"] ` : '')
        + (field && el.name ? `${tag}[name="${el.name}"]` : tag);
    found.push({name: axe.commons.text.accessibleText(el).trim(), acts: acts,
                kind: el.tagName === 'A' ? 'link' : field ? 'field' : 'button',
                target: target, html: el.outerHTML});
  }
  return found;
} finally {
  axe.teardown();
}
"""


@functools.cache
def _source() -> str:
    return AXE.read_text(encoding="utf-8")


def _selector(target: Any) -> str:
    """axe's target: CSS selectors, nested in lists for shadow roots and frames."""
    if isinstance(target, list):
        return " >>> ".join(_selector(part) for part in target)
    return str(target)


def _short(text: str, limit: int = SNIPPET) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _readable(violation: dict[str, Any]) -> str:
    lines = [
        f"{violation['id']} ({violation['impact'] or 'no impact given'}): {violation['help']}"
        f" <{violation['helpUrl']}>"
    ]
    for node in violation["nodes"]:
        lines.append(f"  - {_selector(node['target'])}: {_short(node['html'])}")
        if node["summary"]:
            lines.append(f"    {_short(node['summary'], 300)}")
    return "\n".join(lines)


def _inject(driver: WebDriver) -> None:
    if driver.execute_script("return typeof window.axe === 'object'"):
        return
    driver.execute_script(_source())
    if not driver.execute_script("return typeof window.axe === 'object'"):
        raise AssertionError(
            "axe-core did not load on the page: is injected script held to the page's CSP now? "
            "(see tests/axe.py: Page.setBypassCSP)"
        )


def violations(driver: WebDriver, timeout_s: float = 30) -> list[str]:
    """axe's violations on the page ``driver`` has loaded, one readable string each: the rule,
    its impact and help, then every failing node's target selector and a short HTML snippet."""
    _inject(driver)
    driver.set_script_timeout(timeout_s)
    result = driver.execute_async_script(_RUN, list(TAGS))
    if "error" in result:
        raise AssertionError(f"axe.run failed: {result['error']}")
    return [_readable(v) for v in result["violations"]]


def same_names(driver: WebDriver) -> list[str]:
    """Buttons, links and form fields that act on different things under one accessible name
    (as axe computes it), reported like ``violations``. axe has no such rule (its identical-
    links-same-purpose is for links only, WCAG AAA, and only ever asks for a review), yet a
    screen reader's list of buttons reading "Revoke, Revoke, Revoke" leaves the listener
    guessing which tablet each one revokes (WCAG 2.4.6 Headings and Labels, 2.4.4 Link
    Purpose). Nameless controls are left to axe (button-name, link-name, label)."""
    _inject(driver)
    by_name: dict[tuple[str, str], list[dict[str, str]]] = {}
    for control in driver.execute_script(_CONTROLS):
        if control["name"]:
            by_name.setdefault((control["kind"], control["name"]), []).append(control)
    found = []
    for (kind, name), controls in by_name.items():
        if len({c["acts"] for c in controls}) < 2:
            continue
        lines = [
            f"same-name (imza's own check, moderate): {len(controls)} {kind}s are all called "
            f"{name!r} but each acts on something else"
        ]
        lines += [f"  - {c['target']}: {_short(c['html'])}" for c in controls]
        found.append("\n".join(lines))
    return found
