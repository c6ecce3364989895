"""The web pages in a real browser (headless Chromium through Selenium).

Started by scripts/browser-test.sh, which runs `waarborg serve` on a temporary SQLite file and
passes its address and two tokens (a caseworker's and a reader's) in the environment. Each
example case of the contract is typed into the intake form as a person would; the page must show
the route and the dates that the JSON API gives for the same facts. Then: the comparison shows a
difference, the language switch keeps the page, a reader cannot change a case, no page loads
anything from outside the server, and axe-core finds no serious or critical accessibility fault.
"""
import glob
import json
import os
import sys
import unittest
import urllib.error
import urllib.request
from datetime import date

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.support.ui import Select, WebDriverWait

BASE = os.environ["WAARBORG_URL"].rstrip("/")
CASEWORKER = os.environ["WAARBORG_CASEWORKER_TOKEN"]
READER = os.environ["WAARBORG_READER_TOKEN"]
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.environ.get("WAARBORG_SHARED", os.path.join(os.path.dirname(ROOT), "shared"))
EXAMPLES = sorted(glob.glob(os.path.join(SHARED, "contract", "examples", "*.json"))) or \
    sorted(glob.glob(os.path.join(ROOT, "Tests", "WaarborgCLITests", "Cases", "*.json")))[:4]


def read_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def browser():
    options = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1800", "--lang=en-GB"):
        options.add_argument(arg)
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    return webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)


def api_assess(facts, profile="nl-2026"):
    req = urllib.request.Request(f"{BASE}/v1/assess?profile={profile}&asOf={date.today().isoformat()}",
                                 data=json.dumps(facts).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req) as r:
        return json.load(r)


def api_create_case(facts):
    req = urllib.request.Request(f"{BASE}/v1/cases", data=json.dumps(facts).encode(), method="POST",
                                 headers={"Content-Type": "application/json", "Authorization": f"Bearer {CASEWORKER}"})
    with urllib.request.urlopen(req) as r:
        return json.load(r)


def fid(name):
    return "f-" + name.replace(".", "-")


class WebPages(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.driver = browser()
        cls.driver.implicitly_wait(0)

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()

    def go(self, path):
        self.driver.get(BASE + path)

    def press(self, element):
        """Clicks a button that leaves the page, and waits for the next page."""
        old = self.driver.find_element(By.TAG_NAME, "html")
        element.click()

        def left(_driver):
            # Chromium reports a node of a replaced document either as stale or as
            # "does not belong to the document"; both mean the next page is there.
            try:
                old.is_enabled()
                return False
            except WebDriverException:
                return True

        WebDriverWait(self.driver, 20).until(left)
        WebDriverWait(self.driver, 20).until(
            lambda d: d.execute_script("return document.readyState") == "complete")

    def press_id(self, id_):
        self.press(self.driver.find_element(By.ID, id_))

    def sign_in(self, token):
        self.go("/sign-in")
        self.driver.find_element(By.ID, "f-token").send_keys(token)
        self.press_id("sign-in")

    def sign_out(self):
        buttons = self.driver.find_elements(By.CSS_SELECTOR, "form.account button")
        if buttons:
            self.press(buttons[0])

    # -- typing a case as a person would --------------------------------------------------
    def set_field(self, name, value):
        d = self.driver
        if isinstance(value, bool):
            d.find_element(By.ID, f"{fid(name)}-{'yes' if value else 'no'}").click()
            return
        if isinstance(value, list):
            for box in d.find_elements(By.CSS_SELECTOR, f"input[type=checkbox][name='{name}']"):
                if box.get_attribute("value") in value and not box.is_selected():
                    box.click()
            return
        if value is None:
            return
        el = d.find_element(By.ID, fid(name))
        if el.tag_name == "select":
            Select(el).select_by_value(value)
        elif el.get_attribute("type") == "date":
            # A date input takes its value through script: typing depends on the browser's locale.
            d.execute_script("arguments[0].value = arguments[1]", el, value)
        else:
            el.clear()
            el.send_keys(value)

    def fill(self, facts):
        self.set_field("id", facts["id"])
        for group in ("arrival", "application", "applicant"):
            for k, v in facts.get(group, {}).items():
                self.set_field(f"{group}.{k}", v)
        for lst in ("family", "history"):
            for i, row in enumerate(facts.get(lst, [])):
                for k, v in row.items():
                    self.set_field(f"{lst}.{i}.{k}", v)
        for k, v in facts.get("findings", {}).items():
            if isinstance(v, dict):
                value = v.get("value")
                if isinstance(value, str):
                    self.set_field(f"findings.{k}", True)
                    self.set_field(f"findings.{k}.country", value)
                else:
                    self.set_field(f"findings.{k}", value)
                if "basis" in v:
                    self.set_field(f"findings.{k}.basis", v["basis"])
            else:
                self.set_field(f"findings.{k}", v)

    def assessment_dates(self, expected):
        want = sorted({t["date"] for t in expected.get("timeline", [])} | {t["date"] for t in expected.get("deadlines", []) if t.get("date")})
        got = sorted({tr.get_attribute("data-date") for tr in self.driver.find_elements(By.CSS_SELECTOR, "#timeline tbody tr")})
        return want, got

    # -- the tests ------------------------------------------------------------------------
    def test_1_every_example_typed_in_gives_the_route_and_dates_of_the_json_assessment(self):
        self.assertTrue(EXAMPLES, "no example cases found")
        for path in EXAMPLES:
            with self.subTest(example=os.path.basename(path)):
                facts = read_json(path)
                expected = api_assess(facts)
                self.go("/assess?lang=en")
                self.fill(facts)
                self.press_id("assess")
                art = self.driver.find_element(By.ID, "assessment")
                self.assertEqual(art.get_attribute("data-route"), expected["procedure"]["route"])
                want, got = self.assessment_dates(expected)
                self.assertEqual(got, want)
                self.assertIn(facts["id"], self.driver.find_element(By.TAG_NAME, "h1").text)
                # Citations are links to the official texts.
                self.assertTrue(self.driver.find_elements(By.CSS_SELECTOR, "a.cite[href^='https://eur-lex.europa.eu/']"))

    def test_2_compare_shows_a_difference_with_its_rule(self):
        facts = read_json(EXAMPLES[0])
        self.go("/assess?lang=en")
        self.fill(facts)
        self.press_id("assess")
        self.press_id("compare")
        rows = self.driver.find_elements(By.CSS_SELECTOR, "#differences tr.difference")
        self.assertGreater(len(rows), 0, "the profiles should differ for " + facts["id"])
        self.assertTrue(self.driver.find_elements(By.CSS_SELECTOR, "#differences td.changed"))
        self.assertIn("Rules", self.driver.find_element(By.ID, "differences").text)

    def test_3_the_language_switch_keeps_the_assessment(self):
        facts = read_json(EXAMPLES[0])
        expected = api_assess(facts)
        self.go("/assess?lang=en")
        self.fill(facts)
        self.press_id("assess")
        self.assertEqual(self.driver.find_element(By.TAG_NAME, "html").get_attribute("lang"), "en")
        self.press_id("lang-switch")
        self.assertEqual(self.driver.find_element(By.TAG_NAME, "html").get_attribute("lang"), "nl")
        self.assertIn("Beoordeling", self.driver.find_element(By.TAG_NAME, "h1").text)
        self.assertEqual(self.driver.find_element(By.ID, "assessment").get_attribute("data-route"), expected["procedure"]["route"])
        want, got = self.assessment_dates(expected)
        self.assertEqual(got, want)
        self.assertIn("Tijdlijn", self.driver.find_element(By.ID, "s-timeline").text)
        # On a page reached by a link, the switch links to the same page in the other language.
        self.go("/profiles?lang=nl")
        self.press_id("lang-switch")
        self.assertTrue(self.driver.current_url.startswith(BASE + "/profiles"))
        self.assertEqual(self.driver.find_element(By.TAG_NAME, "html").get_attribute("lang"), "en")

    def test_4_an_open_question_answered_reassesses(self):
        self.go("/assess?lang=en")
        self.set_field("id", "open-question")
        self.set_field("arrival.kind", "irregular-crossing")
        self.set_field("arrival.on", "2026-09-01")
        self.set_field("application.madeOn", "2026-09-02")
        self.set_field("applicant.birthDate", "1990-01-01")
        self.set_field("applicant.nationality", "SYR")
        self.press_id("assess")
        questions = self.driver.find_elements(By.CSS_SELECTOR, "#open-facts form.question")
        self.assertTrue(questions)
        fact = questions[0].get_attribute("data-fact")
        before = len(questions)
        self.press(questions[0].find_element(By.CSS_SELECTOR, "button"))
        after = [q.get_attribute("data-fact") for q in self.driver.find_elements(By.CSS_SELECTOR, "#open-facts form.question")]
        self.assertNotIn(fact, after)
        self.assertLess(len(after), before)

    def test_5_a_reader_sees_but_cannot_change_a_case(self):
        facts = read_json(EXAMPLES[0])
        created = api_create_case(facts)
        n = created["id"]
        self.sign_in(READER)
        self.go(f"/cases/{n}?lang=en")
        self.assertEqual(self.driver.find_element(By.ID, "assessment").get_attribute("data-route"), api_assess(facts)["procedure"]["route"])
        self.assertFalse(self.driver.find_elements(By.ID, "edit-case"))
        self.assertFalse(self.driver.find_elements(By.ID, "close-case"))
        self.go(f"/cases/{n}/edit?lang=en")
        self.assertIn("Not allowed", self.driver.find_element(By.TAG_NAME, "h1").text)
        self.go("/deadlines?within=365&lang=en")
        self.assertTrue(self.driver.find_elements(By.ID, "ics"))
        self.sign_out()

    def test_6_a_caseworker_saves_and_changes_a_case(self):
        facts = read_json(EXAMPLES[-1])
        self.sign_in(CASEWORKER)
        self.go("/assess?lang=en")
        self.fill(facts)
        self.press_id("save")
        self.assertIn("/cases/", self.driver.current_url)
        self.assertTrue(self.driver.find_elements(By.ID, "edit-case"))
        self.press_id("edit-case")
        self.set_field("arrival.place", "Zevenaar")
        self.press_id("save")
        self.assertIn("2, changed", self.driver.find_element(By.ID, "case-header").text)
        # The reference typed into the form finds the case again.
        self.go(f"/cases?lang=en&ref={facts['id']}")
        self.assertEqual(len(self.driver.find_elements(By.CSS_SELECTOR, "#cases tbody tr")), 1, "the case is found by its reference")
        # A result can be saved from the result page too.
        self.go("/assess?lang=en")
        self.fill(facts)
        self.press_id("assess")
        self.press_id("save-result")
        self.assertIn("/cases/", self.driver.current_url)
        self.sign_out()

    def test_7_a_bad_date_is_named_beside_its_field(self):
        self.go("/assess?lang=en")
        self.set_field("id", "bad")
        self.set_field("application.madeOn", "2026-09-10")
        self.set_field("application.registeredOn", "2026-09-01")
        self.press_id("assess")
        errors = self.driver.find_elements(By.CSS_SELECTOR, ".field-error")
        self.assertTrue(errors, "the error should sit beside a field")
        self.assertTrue(self.driver.find_elements(By.ID, "form-error"))

    def test_10_a_simulation_runs_with_its_progress_and_shows_the_chain_report(self):
        d = self.driver
        self.go("/simulation?lang=en")
        self.driver.find_element(By.ID, "f-replications").clear()
        self.driver.find_element(By.ID, "f-replications").send_keys("100000")
        self.press_id("run-simulation")
        self.assertTrue(d.find_elements(By.ID, "e-f-replications"), "a number over the bound is named beside its field")

        self.run_simulation("nl", months="3", profiles=("nl-2026", "pact-minimum"))
        self.assertIn("/simulation/runs/", d.current_url)
        report = d.find_element(By.ID, "chain-report")
        self.assertGreaterEqual(len(report.find_elements(By.TAG_NAME, "figure")), 6, "one chart per question")
        self.assertIn("De Nederlandse asielketen onder elk beleid", report.text)
        legend = report.find_element(By.CSS_SELECTOR, "ul.legend").text
        self.assertEqual(legend.count("\n") + 1, 2, "both profiles in the legend")
        links = {a.get_attribute("href").rsplit("/", 1)[-1].split("?")[0] for a in d.find_elements(By.CSS_SELECTOR, "#downloads a[download]")}
        self.assertEqual(links, {"report.html", "result.json", "summary.csv"})
        # The downloads are the command's files: the same cookie fetches them.
        cookie = "; ".join(f"{c['name']}={c['value']}" for c in d.get_cookies())
        base = d.current_url.split("?")[0]
        req = urllib.request.Request(base + "/result.json", headers={"Cookie": cookie})
        with urllib.request.urlopen(req) as r:
            result = json.load(r)
        self.assertEqual([p["id"] for p in result["profiles"]], ["nl-2026", "pact-minimum"])
        self.assertEqual(result["months"], 3)
        # Another browser (no session) does not see the run.
        try:
            urllib.request.urlopen(base)
            self.fail("a run is visible without its session")
        except urllib.error.HTTPError as e:
            self.assertEqual(e.code, 404)

    def pages(self):
        """Every kind of page, signed in as a caseworker; yields after loading each."""
        facts = read_json(EXAMPLES[0])
        self.sign_in(CASEWORKER)
        for path in ("/", "/assess", "/profiles", "/profiles/nl-2026", "/profiles/diff?from=pact-minimum&to=nl-2026", "/cases", "/deadlines?within=365", "/sign-in", "/simulation"):
            for lang in ("en", "nl"):
                self.go(f"{path}{'&' if '?' in path else '?'}lang={lang}")
                yield path
        self.go("/assess?lang=en")
        self.fill(facts)
        self.press_id("assess")
        yield "assessment"
        self.press_id("compare")
        yield "comparison"
        self.go("/cases?lang=en")
        links = self.driver.find_elements(By.CSS_SELECTOR, "#cases a")
        if links:
            self.press(links[0])
            yield "case"
        self.run_simulation("en")
        yield "simulation result"
        self.sign_out()

    def run_simulation(self, lang, months="2", replications="1", profiles=("nl-2026",)):
        """Fills in the simulation form, starts the run and waits for its result page."""
        d = self.driver
        self.go(f"/simulation?lang={lang}")
        Select(d.find_element(By.ID, "f-scenario")).select_by_value("nl-2026")
        for box in d.find_elements(By.CSS_SELECTOR, "input[type=checkbox][name='profiles']"):
            if (box.get_attribute("value") in profiles) != box.is_selected():
                box.click()
        for name, value in (("months", months), ("replications", replications)):
            el = d.find_element(By.ID, f"f-{name}")
            el.clear()
            el.send_keys(value)
        self.press_id("run-simulation")
        # The progress page follows the run by itself and shows the result when it is done.
        WebDriverWait(d, 120).until(lambda dr: dr.find_elements(By.ID, "chain-report") or dr.find_elements(By.CSS_SELECTOR, ".notice.error"))

    def test_8_no_page_loads_anything_from_outside_the_server(self):
        for page in self.pages():
            with self.subTest(page=page):
                resources = self.driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
                outside = [r for r in resources if not r.startswith(BASE) and not r.startswith("data:")]
                self.assertEqual(outside, [], page)
                for tag, attr in (("script", "src"), ("link", "href"), ("img", "src"), ("iframe", "src")):
                    for el in self.driver.find_elements(By.TAG_NAME, tag):
                        v = el.get_attribute(attr) or ""
                        self.assertTrue(v == "" or v.startswith(BASE) or v.startswith("data:"), f"{page}: {tag} {v}")

    def test_9_no_serious_or_critical_accessibility_violation(self):
        from axe_selenium_python import Axe
        for page in self.pages():
            with self.subTest(page=page):
                axe = Axe(self.driver)
                axe.inject()
                results = axe.run()
                bad = [f"{v['id']} ({v['impact']}): {v['help']} — {v['nodes'][0]['target'] if v['nodes'] else ''}"
                       for v in results["violations"] if v.get("impact") in ("serious", "critical")]
                self.assertEqual(bad, [], page)


if __name__ == "__main__":
    result = unittest.main(exit=False, verbosity=2).result
    sys.exit(0 if result.wasSuccessful() else 1)
